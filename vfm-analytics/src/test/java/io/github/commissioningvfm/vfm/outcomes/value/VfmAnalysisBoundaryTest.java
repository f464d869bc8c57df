package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Limits of the cost allocation and of the figures derived from it. */
class VfmAnalysisBoundaryTest {

  private static final FinancialYear FY22 = FinancialYear.parse("2022/23");
  private static final FinancialYear FY23 = FinancialYear.parse("2023/24");
  private static final String HEADER = "id,first_session,initial,final,sessions\n";
  private static final ChangeThreshold MCID = new ChangeThreshold(2.86, "as adopted in the evaluation");

  private static ParticipantData read(String rows) {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).id("id")
        .scores("initial", "final").sessions("sessions").date("first_session").build();
    return ParticipantData.readCsv(new StringReader(HEADER + rows), "limits.csv", schema);
  }

  private static ChangeResult cleaned(String rows) {
    return ChangeAnalysis.of(Cleaner.standard().clean(read(rows)),
        StandardOutcomeMeasures.SDQ_TOTAL.withMeaningfulChange(MCID));
  }

  /** Every row kept, as a user's own cleaning may keep people who never attended. */
  private static ChangeResult keptAll(String rows) {
    ParticipantData d = read(rows);
    return ChangeAnalysis.of(CleanedData.of(d, IntStream.range(0, d.size()).toArray(),
        new ExclusionReport(d.source(), d.size(), d.size(), List.of(), List.of())));
  }

  @Test
  void costsByYearMustNameAYear() {
    ChangeResult c = cleaned("A,2022-05-01,20,10,2\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmAnalysis.of(c, Map.of(), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must name at least one financial year: {}", e.getMessage());
  }

  @Test
  void aYearsCostMustBePositive() {
    ChangeResult c = cleaned("A,2022-05-01,20,10,2\nC,2023-04-01,20,14,3\n");
    Cost zero = Cost.of("0.00", "2024/25");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.allocatedCosts(c,
        Map.of(FY22, Cost.of("1100.00", "2024/25"), FY23, zero), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must hold positive costs, but 2023/24 has: " + zero, e.getMessage());
  }

  @Test
  void theYearsCostsMustShareAPriceBase() {
    ChangeResult c = cleaned("A,2022-05-01,20,10,2\nC,2023-04-01,20,14,3\n");
    Cost older = Cost.of("1300.00", "2023/24");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.allocatedCosts(c,
        Map.of(FY22, Cost.of("1100.00", "2024/25"), FY23, older), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must hold costs in one price base (2024/25), but 2023/24 has: " + older,
        e.getMessage());
  }

  @Test
  void uncostedCohortYearsAreListedInYearOrder() {
    // the 2023/24 cohort appears in the file before the 2022/23 one
    ChangeResult c = cleaned("C,2023-04-01,20,14,3\nD,2024-03-31,20,18,1\nA,2022-05-01,20,10,2\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.allocatedCosts(c,
        Map.of(FY22.previous(), Cost.of("900.00", "2024/25")), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must give a cost for every cohort year, but has none for: "
        + "2022/23 (1 participants), 2023/24 (2 participants)", e.getMessage());
  }

  @Test
  void aCohortYearWithoutSessionsCannotShareItsCostPerSession() {
    ChangeResult c = keptAll("A,2022-05-01,20,10,2\nC,2023-04-01,20,14,0\nD,2024-03-31,20,18,0\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.allocatedCosts(c,
        Cost.of("1200.00", "2024/25"), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'allocation' must have sessions to share the cost over in 2023/24: "
        + CostAllocation.perSessionByFinancialYear().describe(), e.getMessage());
    // shared equally, each person carries the year's cost whatever their sessions
    assertArrayEquals(new double[] {1200, 600, 600}, VfmAnalysis.allocatedCosts(c, Cost.of("1200.00", "2024/25"),
        CostAllocation.equalShareByFinancialYear()), 1e-9);
  }

  @Test
  void aBaseWithoutSessionsCannotShareTheCostPerSession() {
    ChangeResult c = keptAll("C,2023-04-01,20,14,0\nD,2024-03-31,20,18,0\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.allocatedCosts(c,
        Cost.of("1200.00", "2024/25"), CostAllocation.perSession()));
    assertEquals("Argument 'allocation' must have sessions to share the cost over: "
        + CostAllocation.perSession().describe(), e.getMessage());
  }

  @Test
  void rowsWithoutSessionsDoNotShareACostSplitEquallyAmongAttendingRows() throws Exception {
    // cyp-small: 5 analysed and 6 more rows with a valid positive sessions count share GBP 2700;
    // P06 (0 sessions), P11 (malformed) and the second P02 (duplicate) do not
    double[] cost = VfmAnalysis.allocatedCosts(VfmAnalysisTest.change(false), Cost.of("2700.00", "2024/25"),
        new CostAllocation(CostAllocation.Method.EQUAL_SHARE, CostAllocation.Base.ALL_ATTENDING_ROWS));
    double share = 2700.0 / 11;
    assertArrayEquals(new double[] {share, share, share, share, share}, cost, 1e-9);
  }

  @Test
  void noNetImprovementLeavesThePerPointFiguresUndefined() {
    // improvements 2 and -2: total 0, and neither reaches 2.86 points
    ValueForMoney v = VfmAnalysis.of(cleaned("A,2022-05-01,20,18,2\nB,2022-06-01,20,22,3\n"),
        Cost.of("500.00", "2024/25"), CostAllocation.perSession());
    assertEquals(0.0, v.totalImprovement());
    assertEquals("total improvement is not positive (0.0000 points)", v.costPerPoint().undefinedBecause().orElseThrow());
    assertEquals("total improvement is not positive (0.0000 points)",
        v.costPerThresholdGain().undefinedBecause().orElseThrow());
    assertEquals("no participant improved by 2.86 points or more",
        v.costPerMeaningfulChange().undefinedBecause().orElseThrow());
    assertEquals(0.0, v.weightedVfm().valueOrThrow());
  }

  @Test
  void aParticipantAllocatedNoCostIsNamed() {
    // C never attended: per session it carries no cost, so improvement / cost has no value
    ChangeResult c = keptAll("A,2022-05-01,20,10,2\nC,2023-04-01,20,14,0\n");
    assertArrayEquals(new double[] {1200, 0}, VfmAnalysis.allocatedCosts(c, Cost.of("1200.00", "2024/25"),
        CostAllocation.perSession()), 1e-9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmAnalysis.of(c, Cost.of("1200.00", "2024/25"), CostAllocation.perSession()));
    assertEquals("Cannot compute value for money: participant 'C' (limits.csv, line 3) was allocated no cost by "
        + CostAllocation.perSession().describe() + ", so its improvement / cost has no value", e.getMessage());
  }

  @Test
  void aParticipantWithoutSessionsHasAShareWhenTheCostIsSharedEqually() {
    ValueForMoney v = VfmAnalysis.of(keptAll("A,2022-05-01,20,10,2\nC,2023-04-01,20,14,0\n"),
        Cost.of("1200.00", "2024/25"), CostAllocation.equalShare());
    // 600 each: improvements 10 and 6
    assertEquals((10 / 600.0 + 6 / 600.0) / 2, v.unweightedMeanVfm().valueOrThrow(), 1e-12);
    assertEquals(List.of(0, 2), v.byDose().stream().map(DoseVfm::sessions).toList());
    assertEquals(6 / 600.0, v.byDose().get(0).weightedVfm().valueOrThrow(), 1e-12);
  }

  @Test
  void aMalformedRowNeverSharesTheCostEvenWithASessionsCount() {
    // X has too few fields; rebuilt from columns (as from JSON) it carries 5 sessions all the same
    ParticipantData.Columns c = read("A,2022-05-01,20,10,2\nB,2022-06-01,20,16,3\nX,2022-07-01,20\n").columns();
    int[] sessions = c.sessions().clone();
    sessions[2] = 5;
    ParticipantData d = ParticipantData.of(new ParticipantData.Columns(c.schema(), c.source(), c.lines(), c.ids(),
        c.baseline(), c.followUp(), sessions, c.epochDays(), c.levels(), c.categoryCodes(), c.malformed(),
        c.problems(), c.trimmedCells(), c.excelSerialDates()));
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(d));
    assertEquals(1, change.cleaned().report().count("malformed-row"));
    assertArrayEquals(new double[] {400, 600}, VfmAnalysis.allocatedCosts(change, Cost.of("1000.00", "2024/25"),
        new CostAllocation(CostAllocation.Method.PER_SESSION, CostAllocation.Base.ALL_ATTENDING_ROWS)), 1e-9);
  }
}
