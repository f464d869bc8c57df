package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WeightedVfmProperties {

  @Test
  void weightedVfmEqualsTotalImprovementOverTotalCost() {
    Gen<List<Integer>> row = lists().of(integers().between(0, 40)).ofSize(3);
    Gen<List<List<Integer>>> rows = lists().of(row).ofSizeBetween(1, 80);
    Gen<Integer> pounds = integers().between(1, 5_000_000);
    Gen<Boolean> perSession = integers().between(0, 1).map(i -> i == 1);
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.WEMWBS).scores("b", "f").build();
    qt().withExamples(200).forAll(rows, pounds, perSession).checkAssert((rs, gbp, ps) -> {
      StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
      double totalImprovement = 0;
      int i = 0;
      for (List<Integer> r : rs) {
        int b = 14 + r.get(0);
        int f = 14 + r.get(1);
        int s = 1 + r.get(2) % 8;
        csv.append("P").append(i++).append(',').append(b).append(',').append(f).append(',').append(s).append('\n');
        totalImprovement += f - b; // WEMWBS: higher is better
      }
      ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(
          ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", schema)));
      CostAllocation allocation = ps ? CostAllocation.perSession() : CostAllocation.equalShare();
      ValueForMoney v = VfmAnalysis.of(change, Cost.of(gbp + ".00", "2024/25"), allocation);
      // all rows are clean, so the whole programme cost is allocated to them
      double expected = totalImprovement / gbp;
      assertEquals(expected, v.weightedVfm().valueOrThrow(), 1e-12 * Math.max(1, Math.abs(expected)));
      assertEquals((double) gbp, v.allocatedCost(), 1e-6 * gbp);
      assertEquals(totalImprovement, v.totalImprovement(), 1e-9);
    });
  }
}
