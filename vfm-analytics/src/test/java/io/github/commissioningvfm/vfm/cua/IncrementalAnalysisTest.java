package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncrementalAnalysisTest {

  @Test
  void netBenefitsAndOptimalStrategy() {
    IncrementalTable t = IncrementalAnalysis.analyse(List.of(new StrategyOutcome("usual care", 1000, 1.0),
        new StrategyOutcome("pathway", 5000, 1.2)));
    // ICER = 4000 / 0.2 = 20,000 per QALY
    assertEquals(20000, t.row("pathway").icer().getAsDouble(), 1e-9);
    NetBenefit best = t.netBenefits(30000).get(0);
    assertEquals("pathway", best.strategy());
    assertEquals(30000 * 1.2 - 5000, best.netMonetaryBenefit(), 1e-9);
    assertEquals(1.2 - 5000.0 / 30000, best.netHealthBenefit(), 1e-12);
    assertEquals("usual care", t.optimal(15000));
    assertTrue(t.toString().contains("£20,000.00"), t.toString());
  }

  @Test
  void equalIcersAreNotExtendedlyDominated() {
    IncrementalTable t = IncrementalAnalysis.analyse(List.of(new StrategyOutcome("a", 0, 0),
        new StrategyOutcome("b", 0.1 + 0.2, 0.3), new StrategyOutcome("c", 0.6, 0.6)));
    assertEquals(3, t.frontier().size());
  }

  @Test
  void duplicateStrategiesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncrementalAnalysis.analyse(
        List.of(new StrategyOutcome("a", 1, 1), new StrategyOutcome("a", 2, 2))));
    assertEquals("Strategy 'a' appears twice", e.getMessage());
  }

  @Test
  void unknownStrategyIsNamed() {
    IncrementalTable t = IncrementalAnalysis.analyse(List.of(new StrategyOutcome("a", 1, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.row("b"));
    assertEquals("No strategy 'b'; strategies are [a]", e.getMessage());
  }

  /**
   * NICE PMG36 (2022): GBP 20,000 to 30,000 per QALY; NICE Q&amp;A on the threshold change: GBP
   * 25,000 to 35,000 for technology appraisals of medicines from April 2026.
   */
  @Test
  void niceThresholdsByDateAndScope() {
    assertEquals(2, NiceThresholds.editions().size());
    NiceThreshold before = NiceThresholds.inForce(YearMonth.of(2025, 6), NiceThreshold.Scope.MEDICINES_TECHNOLOGY_APPRAISALS)
        .orElseThrow();
    assertEquals(20000, before.lowerPerQaly());
    assertEquals(30000, before.upperPerQaly());
    NiceThreshold medicines = NiceThresholds.inForce(YearMonth.of(2026, 4),
        NiceThreshold.Scope.MEDICINES_TECHNOLOGY_APPRAISALS).orElseThrow();
    assertEquals(25000, medicines.lowerPerQaly());
    assertEquals(35000, medicines.upperPerQaly());
    NiceThreshold services = NiceThresholds.inForce(YearMonth.of(2026, 12), NiceThreshold.Scope.ALL_EVALUATIONS)
        .orElseThrow();
    assertEquals("pmg36-2022", services.edition());
    assertTrue(NiceThresholds.inForce(YearMonth.of(2021, 1), NiceThreshold.Scope.ALL_EVALUATIONS).isEmpty());
  }
}
