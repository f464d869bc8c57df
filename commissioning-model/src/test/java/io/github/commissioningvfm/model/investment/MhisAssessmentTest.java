package io.github.commissioningvfm.model.investment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the Mental Health Investment Standard, computed by hand from the rule that
 * "ICBs' spending on mental health grows at least in line with growth in overall recurrent funding
 * allocations" (Secretary of State for Health and Social Care, written statement, 27 March 2025),
 * with learning disability, autism, dementia and specialised commissioning outside the standard
 * (DHSC answer of 2 April 2025; NHS England, MHIS categories of mental health expenditure).
 */
class MhisAssessmentTest {

  static final MhisYear Y2324 = new MhisYear(FinancialYear.parse("2023/24"), Money.ofPounds(2_000_000_000L), List.of(
      MhisSpend.counted("adult and CYP mental health", Money.ofPounds(200_000_000)),
      MhisSpend.excluded("memory assessment", Money.ofPounds(10_000_000), MhisExclusion.DEMENTIA)));
  static final MhisYear Y2425 = new MhisYear(FinancialYear.parse("2024/25"), Money.ofPounds(2_100_000_000L), List.of(
      MhisSpend.counted("adult and CYP mental health", Money.ofPounds(212_000_000)),
      MhisSpend.excluded("memory assessment", Money.ofPounds(3_000_000), MhisExclusion.DEMENTIA)));
  static final MhisYear Y2526 = new MhisYear(FinancialYear.parse("2025/26"), Money.ofPounds(2_205_000_000L), List.of(
      MhisSpend.counted("adult and CYP mental health", Money.ofPounds(220_000_000)),
      MhisSpend.excluded("learning disability placements", Money.ofPounds(4_000_000),
          MhisExclusion.LEARNING_DISABILITY)));

  @Test
  void passAndFailWorkedByHand() {
    MhisAssessment a = MhisAssessment.of("An ICB", List.of(Y2324, Y2425, Y2526));
    // 2024/25: allocation +5% (2,000m to 2,100m); required 200m x 1.05 = 210m; qualifying 212m
    // (dementia 3m left out): met, 2m above the minimum.
    MhisYearResult pass = a.results().get(0);
    assertTrue(pass.met());
    assertEquals(Money.ofPounds(210_000_000), pass.required());
    assertEquals(Money.ofPounds(212_000_000), pass.qualifying());
    assertEquals(Money.ZERO, pass.shortfall());
    // 2025/26: allocation +5% (2,100m to 2,205m); required 212m x 1.05 = 222.6m; reported 224m but
    // learning disability 4m does not count, so qualifying is 220m: not met, shortfall 2.6m.
    MhisYearResult fail = a.results().get(1);
    assertFalse(fail.met());
    assertEquals(Money.ofPounds(222_600_000), fail.required());
    assertEquals(Money.ofPounds(2_600_000), fail.shortfall());
    assertEquals(Money.ofPounds(2_600_000), a.totalShortfall());
    assertFalse(a.allMet());
    assertTrue(fail.explanation().startsWith("2025/26: allocation grew by 5.00% (\u00a32,100,000,000.00 to "
        + "\u00a32,205,000,000.00), so qualifying mental health spend had to reach at least \u00a3222,600,000.00"),
        fail.explanation());
    assertTrue(fail.explanation().contains("after leaving out learning disability placements \u00a34,000,000.00 "
        + "(learning disability): the standard was not met; the shortfall is \u00a32,600,000.00."), fail.explanation());
    assertTrue(a.toString().contains("\n- NOT met: 2025/26"), a.toString());
  }

  @Test
  void yearsMustBeConsecutive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MhisAssessment.of("An ICB", List.of(Y2324, Y2526)));
    assertEquals("Argument 'years' must be consecutive, oldest first, but 2023/24 is followed by: 2025/26",
        e.getMessage());
  }

  @Test
  void oneYearIsNotASeries() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MhisAssessment.of("An ICB", List.of(Y2324)));
    assertEquals("Argument 'years' must hold at least two consecutive years: 1", e.getMessage());
  }
}
