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
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VfmByFinancialYearTest {

  private static final FinancialYear FY22 = FinancialYear.parse("2022/23");
  private static final FinancialYear FY23 = FinancialYear.parse("2023/24");

  /**
   * Two financial-year cohorts: 2022/23 = A, B, E (sessions 2, 4, 5 = 11; improvements 10, 4, 1),
   * 2023/24 = C, D (sessions 3, 1 = 4; improvements 6, 2). 31 March belongs to the year it ends.
   */
  private static final String CSV = """
      id,first_session,initial,final,sessions
      A,2022-05-01,20,10,2
      B,2022-09-01,20,16,4
      C,2023-04-01,20,14,3
      D,2024-03-31,20,18,1
      E,2023-03-31,20,19,5
      """;

  static ChangeResult change(String csv) {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).id("id")
        .scores("initial", "final").sessions("sessions").date("first_session").build();
    ParticipantData d = ParticipantData.readCsv(new StringReader(csv), "cohorts.csv", schema);
    return ChangeAnalysis.of(Cleaner.standard().clean(d), StandardOutcomeMeasures.SDQ_TOTAL
        .withMeaningfulChange(new ChangeThreshold(2.86, "as adopted in the evaluation")));
  }

  @Test
  void annualCostIsAppliedToEachYearsCohortPerSession() {
    ChangeResult c = change(CSV);
    double[] cost = VfmAnalysis.allocatedCosts(c, Cost.of("1200.00", "2024/25"),
        CostAllocation.perSessionByFinancialYear());
    // rows in file order A, B, C, D, E: 2022/23 pays 1200 / 11 per session, 2023/24 1200 / 4
    assertArrayEquals(new double[] {2 * 1200.0 / 11, 4 * 1200.0 / 11, 3 * 300.0, 300.0, 5 * 1200.0 / 11}, cost, 1e-9);
    ValueForMoney v = VfmAnalysis.of(c, Cost.of("1200.00", "2024/25"), CostAllocation.perSessionByFinancialYear());
    assertEquals(Cost.of("2400.00", "2024/25"), v.programmeCost());
    assertEquals(List.of(FY22, FY23), List.copyOf(v.costByYear().keySet()));
    assertEquals(23 / 2400.0, v.weightedVfm().valueOrThrow(), 1e-12);
    assertEquals(2400.0 / 15, v.costPerSession().valueOrThrow(), 1e-9);
  }

  @Test
  void allAttendingRowsOfTheYearShareItsCost() {
    // F (2023/24, 4 sessions) has no final score: not analysed, but carries its share of 2023/24's cost
    ChangeResult c = change(CSV + "F,2023-06-01,20,,4\n");
    double[] cost = VfmAnalysis.allocatedCosts(c, Cost.of("1200.00", "2024/25"), new CostAllocation(
        CostAllocation.Method.PER_SESSION, CostAllocation.Base.ALL_ATTENDING_ROWS, CostAllocation.Cohort.FINANCIAL_YEAR));
    assertArrayEquals(new double[] {2 * 1200.0 / 11, 4 * 1200.0 / 11, 3 * 1200.0 / 8, 1200.0 / 8, 5 * 1200.0 / 11},
        cost, 1e-9);
  }

  @Test
  void equalShareWithinEachYear() {
    double[] cost = VfmAnalysis.allocatedCosts(change(CSV), Cost.of("1200.00", "2024/25"),
        CostAllocation.equalShareByFinancialYear());
    assertArrayEquals(new double[] {400, 400, 600, 600, 400}, cost, 1e-9);
  }

  @Test
  void eachYearsOwnCostGoesToThatYearsCohort() {
    Map<FinancialYear, Cost> costs = Map.of(FY22, Cost.of("1100.00", "2024/25"), FY23, Cost.of("1300.00", "2024/25"));
    ValueForMoney v = VfmAnalysis.of(change(CSV), costs, CostAllocation.perSessionByFinancialYear());
    assertEquals(23 / 2400.0, v.weightedVfm().valueOrThrow(), 1e-12);
    double[] cost = VfmAnalysis.allocatedCosts(change(CSV), costs, CostAllocation.perSessionByFinancialYear());
    assertEquals(2 * 1100.0 / 11, cost[0], 1e-9);
    assertEquals(3 * 1300.0 / 4, cost[2], 1e-9);
  }

  @Test
  void bothMeaningfulChangeEstimandsAreReported() {
    ValueForMoney v = VfmAnalysis.of(change(CSV), Cost.of("1200.00", "2024/25"),
        CostAllocation.perSessionByFinancialYear());
    // threshold / weighted VfM = 2.86 * 2400 / 23; participants reaching 2.86: A (10), B (4), C (6)
    assertEquals(2.86 * 2400 / 23, v.costPerThresholdGain().valueOrThrow(), 1e-9);
    assertEquals(2.86 / v.weightedVfm().valueOrThrow(), v.costPerThresholdGain().valueOrThrow(), 1e-9);
    assertEquals(2400.0 / 3, v.costPerMeaningfulChange().valueOrThrow(), 1e-9);
    String text = v.toString();
    assertEquals(true, text.contains("cost per meaningful change at the programme's rate"), text);
    assertEquals(true, text.contains("cost per participant reaching the meaningful change"), text);
    assertEquals(true, text.contains("cost of the 2023/24 cohort"), text);
  }

  @Test
  void cohortYearWithoutCostIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.of(change(CSV),
        Map.of(FY22, Cost.of("1100.00", "2024/25")), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must give a cost for every cohort year, but has none for: "
        + "2023/24 (2 participants)", e.getMessage());
  }

  @Test
  void costYearWithoutParticipantsIsNamed() {
    Map<FinancialYear, Cost> costs = Map.of(FY22, Cost.of("1100.00", "2024/25"), FY23, Cost.of("1300.00", "2024/25"),
        FY23.next(), Cost.of("1400.00", "2024/25"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmAnalysis.of(change(CSV), costs, CostAllocation.perSessionByFinancialYear()));
    assertEquals("Argument 'costByYear' must name only years with participants in the allocation base ("
        + CostAllocation.perSessionByFinancialYear().describe() + "), but nobody started in: 2024/25", e.getMessage());
  }

  @Test
  void participantWithoutDateIsNamed() {
    ChangeResult c = change(CSV.replace("C,2023-04-01", "C,"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.of(c,
        Cost.of("1200.00", "2024/25"), CostAllocation.perSessionByFinancialYear()));
    assertEquals("Cannot allocate cost by financial year: participant 'C' (cohorts.csv, line 4) has no usable"
        + " first-session date, so its cohort year is unknown", e.getMessage());
  }

  @Test
  void perYearCostsNeedAnAllocationByYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VfmAnalysis.of(change(CSV),
        Map.of(FY22, Cost.of("1100.00", "2024/25")), CostAllocation.perSession()));
    assertEquals("Argument 'allocation' must allocate by financial year when costs are given per year: "
        + CostAllocation.perSession().describe(), e.getMessage());
  }
}
