package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VfmAnalysisTest {

  static ChangeResult change(boolean withMcid) throws Exception {
    return withMcid ? change(new ChangeThreshold(2.86, "as adopted in the evaluation"))
        : ChangeAnalysis.of(Cleaner.standard().clean(cypSmall()));
  }

  static ChangeResult change(ChangeThreshold mcid) throws Exception {
    return ChangeAnalysis.of(Cleaner.standard().clean(cypSmall()),
        StandardOutcomeMeasures.SDQ_TOTAL.withMeaningfulChange(mcid));
  }

  private static ParticipantData cypSmall() throws Exception {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").build();
    return ParticipantData.readCsv(Path.of(VfmAnalysisTest.class
        .getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv").toURI()), schema);
  }

  @Test
  void perSessionAllocationAndBothVfmFigures() throws Exception {
    // included: improvements 8, 3, 5, 12, 8 with sessions 6, 4, 5, 6, 6 (27 sessions)
    ValueForMoney v = VfmAnalysis.of(change(true), Cost.of("2700.00", "2024/25"), CostAllocation.perSession());
    double perSession = 2700.0 / 27; // GBP 100
    assertEquals(perSession, v.costPerSession().valueOrThrow(), 1e-9);
    double unweighted = (8 / 600.0 + 3 / 400.0 + 5 / 500.0 + 12 / 600.0 + 8 / 600.0) / 5;
    assertEquals(unweighted, v.unweightedMeanVfm().valueOrThrow(), 1e-12);
    assertEquals(36 / 2700.0, v.weightedVfm().valueOrThrow(), 1e-12);
    assertEquals(2700.0 / 36, v.costPerPoint().valueOrThrow(), 1e-9);
    // all five improved by >= 2.86 points
    assertEquals(2700.0 / 5, v.costPerMeaningfulChange().valueOrThrow(), 1e-9);
    // intervals are mapped through the monotone transforms: cost per point = 1 / weighted VfM
    assertEquals(1 / v.weightedVfm().interval().orElseThrow().upper(),
        v.costPerPoint().interval().orElseThrow().lower(), 1e-9);
    // 5 of 5 meaningful: Wilson lower bound for p, z = 1.959964: 5 / (5 + z^2) = 0.5655
    double z = 1.959963984540054;
    double pLow = 5 / (5 + z * z);
    assertEquals(2700.0 / (5 * pLow), v.costPerMeaningfulChange().interval().orElseThrow().upper(), 1e-6);
    assertEquals("unweighted mean VfM", v.unweightedMeanVfm().label());
    assertEquals("cost-weighted VfM", v.weightedVfm().label());
  }

  @Test
  void equalShareAllocation() throws Exception {
    ValueForMoney v = VfmAnalysis.of(change(false), Cost.of("2700.00", "2024/25"), CostAllocation.equalShare());
    // 2700 / 5 = 540 each; unweighted = weighted = 7.2 / 540
    assertEquals(7.2 / 540, v.unweightedMeanVfm().valueOrThrow(), 1e-12);
    assertEquals(36 / 2700.0, v.weightedVfm().valueOrThrow(), 1e-12);
    assertFalse(v.costPerSession().isDefined());
    assertFalse(v.costPerMeaningfulChange().isDefined());
    assertEquals("sdq-total has no clinically meaningful change threshold",
        v.costPerMeaningfulChange().undefinedBecause().orElseThrow());
  }

  @Test
  void byDoseGroupsBySessionsAttended() throws Exception {
    ValueForMoney v = VfmAnalysis.of(change(false), Cost.of("2700.00", "2024/25"), CostAllocation.perSession());
    assertEquals(3, v.byDose().size());
    DoseVfm six = v.byDose().get(2);
    assertEquals(6, six.sessions());
    assertEquals(3, six.participants());
    assertEquals((8 + 12 + 8) / 3.0, six.meanImprovement().valueOrThrow(), 1e-12);
    assertEquals(28 / 1800.0, six.weightedVfm().valueOrThrow(), 1e-12);
    assertFalse(v.diminishingReturns().diminishing());
  }

  @Test
  void diminishingReturnsCompareEarlyAndLateGains() {
    // five participants at each of 1..4 sessions with improvements averaging 2, 4, 5 and 5.5 points
    StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
    double[] mean = {2, 4, 5, 5.5};
    double[] spread = {-1, -0.5, 0, 0.5, 1};
    int id = 0;
    for (int s = 1; s <= 4; s++) {
      for (double e : spread) {
        csv.append("P").append(id++).append(",30,").append(30 - mean[s - 1] - e).append(',').append(s).append('\n');
      }
    }
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("b", "f").build();
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(
        ParticipantData.readCsv(new java.io.StringReader(csv.toString()), "dose.csv", schema)));
    DiminishingReturns d = VfmAnalysis.of(change, Cost.of("1000.00", "2024/25"), CostAllocation.perSession())
        .diminishingReturns();
    // groups 1..4, m = 4 / 2 = 2 -> dose 3; early (5 - 2) / (3 - 1) = 1.5; late (5.5 - 5) / (4 - 3) = 0.5
    assertEquals(1.5, d.earlyGain(), 1e-12);
    assertEquals(0.5, d.lateGain(), 1e-12);
    assertEquals(true, d.diminishing());
    assertEquals(3, d.gains().size());
    assertEquals(2.0, d.gains().get(0).gainPerSession(), 1e-12);
  }

  @Test
  void allAttendingRowsBaseSpreadsCostOverPeopleLostToFollowUp() throws Exception {
    ValueForMoney v = VfmAnalysis.of(change(false), Cost.of("2700.00", "2024/25"),
        new CostAllocation(CostAllocation.Method.PER_SESSION, CostAllocation.Base.ALL_ATTENDING_ROWS));
    // attending rows (valid sessions > 0, not malformed or duplicate): the 5 included (27 sessions)
    // plus P04 3, P05 6, P08 2, P09 5, P10 6, P12 4 = 26 more => 53 sessions
    assertEquals(2700.0 / 53, v.costPerSession().valueOrThrow(), 1e-9);
  }

  @Test
  void zeroProgrammeCostIsRejected() throws Exception {
    ChangeResult c = change(false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmAnalysis.of(c, Cost.of("0.00", "2024/25"), CostAllocation.perSession()));
    assertEquals("Argument 'programmeCost' must be positive: " + Cost.of("0.00", "2024/25"), e.getMessage());
  }

  @Test
  void eachDoseGroupHasBothVfmFigures() throws Exception {
    ValueForMoney v = VfmAnalysis.of(change(false), Cost.of("2700.00", "2024/25"), CostAllocation.perSession());
    // 4 sessions: P02 alone, improvement 3 at GBP 400; 6 sessions: 8, 12, 8 at GBP 600 each
    DoseVfm four = v.byDose().get(0);
    assertEquals(4, four.sessions());
    assertEquals(3 / 400.0, four.unweightedMeanVfm().valueOrThrow(), 1e-12);
    assertEquals(3 / 400.0, four.weightedVfm().valueOrThrow(), 1e-12);
    assertEquals((8 / 600.0 + 12 / 600.0 + 8 / 600.0) / 3, v.byDose().get(2).unweightedMeanVfm().valueOrThrow(),
        1e-12);
  }

  @Test
  void meaningfulChangeIntervalsFollowFromTheirSources() throws Exception {
    // threshold 6: improvements 8, 12 and 8 reach it, 3 and 5 do not
    ValueForMoney v = VfmAnalysis.of(change(new ChangeThreshold(6, "test threshold")), Cost.of("2700.00", "2024/25"),
        CostAllocation.perSession());
    assertEquals(2700.0 / 3, v.costPerMeaningfulChange().valueOrThrow(), 1e-9);
    // Wilson score interval of p = 3 / 5 with z = 1.959964 (95%)
    double z = 1.959963984540054;
    double z2 = z * z;
    double centre = (0.6 + z2 / 10) / (1 + z2 / 5);
    double half = z * Math.sqrt(0.6 * 0.4 / 5 + z2 / 100) / (1 + z2 / 5);
    Interval perPerson = v.costPerMeaningfulChange().interval().orElseThrow();
    assertEquals(2700 / (5 * (centre + half)), perPerson.lower(), 1e-6);
    assertEquals(2700 / (5 * (centre - half)), perPerson.upper(), 1e-6);
    assertEquals("from the Wilson score interval, 3 of 5 of the proportion with a meaningful improvement",
        perPerson.method());
    // the threshold-sized gain is 6 times the cost per point, bounds included
    assertEquals(6 * 2700.0 / 36, v.costPerThresholdGain().valueOrThrow(), 1e-9);
    Interval perPoint = v.costPerPoint().interval().orElseThrow();
    Interval perGain = v.costPerThresholdGain().interval().orElseThrow();
    assertEquals(6 * perPoint.lower(), perGain.lower(), 1e-9);
    assertEquals(6 * perPoint.upper(), perGain.upper(), 1e-9);
    assertEquals("threshold times the " + perPoint.method(), perGain.method());
  }
}
