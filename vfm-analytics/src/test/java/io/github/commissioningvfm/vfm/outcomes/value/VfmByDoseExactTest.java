package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.internal.Summary;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overall and per-dose VfM figures come from two passes over all participants; each must equal,
 * to the last bit, the figure computed from the group's own values in a separate pass per figure.
 */
class VfmByDoseExactTest {

  private static final ParticipantSchema SCHEMA = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("b", "f").build();

  private static ChangeResult change(List<List<Integer>> rows) {
    StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
    for (int i = 0; i < rows.size(); i++) {
      List<Integer> r = rows.get(i);
      csv.append("P").append(i).append(',').append(r.get(0)).append(',').append(r.get(1)).append(',')
          .append(1 + r.get(2) % 8).append('\n');
    }
    return ChangeAnalysis.of(Cleaner.standard().clean(
        ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", SCHEMA)));
  }

  private static Estimate unweighted(double[] imp, double[] cost) {
    double[] ratio = new double[imp.length];
    for (int k = 0; k < imp.length; k++) {
      ratio[k] = imp[k] / cost[k];
    }
    return Summary.meanWithT("unweighted mean VfM", "mean over participants of improvement_i / cost_i",
        "points per GBP", ratio, ratio.length, 0.95);
  }

  @Test
  void everyFigureEqualsTheOneComputedFromItsGroupAlone() {
    // each row: baseline and follow-up 0 to 40, sessions 1 to 8 (value % 8 + 1)
    qt().forAll(lists().of(lists().of(integers().between(0, 40)).ofSize(3)).ofSizeBetween(1, 80)).checkAssert(rows -> {
          ChangeResult change = change(rows);
          ValueForMoney v = VfmAnalysis.of(change, Cost.of("12345.67", "2024/25"), CostAllocation.perSession());
          double[] imp = change.improvements();
          double[] cost = VfmAnalysis.allocatedCosts(change, Cost.of("12345.67", "2024/25"),
              CostAllocation.perSession());
          assertEquals(WeightedVfmTest.weightedVfm(imp, cost, imp.length), v.weightedVfm());
          assertEquals(unweighted(imp, cost), v.unweightedMeanVfm());
          for (DoseVfm dose : v.byDose()) {
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < change.size(); k++) {
              if (change.cleaned().data().sessions(change.cleaned().row(k)) == dose.sessions()) {
                members.add(k);
              }
            }
            double[] gi = members.stream().mapToDouble(k -> imp[k]).toArray();
            double[] gc = members.stream().mapToDouble(k -> cost[k]).toArray();
            assertEquals(members.size(), dose.participants());
            assertEquals(Summary.meanWithT("mean improvement at " + dose.sessions() + " sessions",
                "mean improvement of participants who attended " + dose.sessions() + " sessions", "points", gi,
                gi.length, 0.95), dose.meanImprovement());
            assertEquals(WeightedVfmTest.weightedVfm(gi, gc, gi.length), dose.weightedVfm());
            assertEquals(unweighted(gi, gc), dose.unweightedMeanVfm());
          }
        });
  }
}
