package io.github.commissioningvfm.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.PaymentTiming;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * Grants as Sheaff et al. (2024), HSDR 12(39) describe them: paid in advance (ch. 4, p. 39, source
 * line 1300), awarded for several years (line 1300), with unspent income carried into the next year
 * (ch. 7, line 2647) or clawed back. Amounts illustrative, worked by hand.
 */
class GrantTermsTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2025/26");
  private static final FinancialYear Y2 = FinancialYear.parse("2026/27");

  private static GrantTerms terms(boolean clawback) {
    return GrantTerms.builder(GrantPurpose.CAPACITY).condition("keep the helpline open 7 days a week")
        .awardEachYear(Y1, 2, Money.ofPounds(60_000)).carryForward(Proportion.ofPercent("10")).clawback(clawback)
        .build();
  }

  @Test
  void unspentMoneyIsCarriedForwardUpToTheLimitAndTheRestClawedBack() {
    // 60,000 - 50,000 = 10,000 unspent; 10% of 60,000 = 6,000 carried; 4,000 clawed back.
    GrantSettlement y1 = terms(true).settle(Y1, Money.ZERO, Money.ofPounds(50_000));
    assertEquals(Money.ofPounds(6_000), y1.carriedForward());
    assertEquals(Money.ofPounds(4_000), y1.clawedBack());
    assertEquals(Money.ZERO, y1.retained());
    // without clawback the 4,000 is retained.
    assertEquals(Money.ofPounds(4_000), terms(false).settle(Y1, Money.ZERO, Money.ofPounds(50_000)).retained());
    // year 2: 60,000 + 6,000 carried in, 70,000 spent: 4,000 from the provider's own funds.
    GrantSettlement y2 = terms(true).settle(Y2, Money.ofPounds(6_000), Money.ofPounds(70_000));
    assertEquals(Money.ofPounds(66_000), y2.available());
    assertEquals(Money.ofPounds(4_000), y2.overspend());
    // nothing is carried beyond the last year: 66,000 - 55,000 = 11,000 all clawed back.
    assertEquals(Money.ofPounds(11_000), terms(true).settle(Y2, Money.ofPounds(6_000), Money.ofPounds(55_000))
        .clawedBack());
    assertEquals(Money.ofPounds(120_000), terms(true).totalAward());
  }

  @Test
  void eachYearIsPaidInAdvance() {
    var statement = terms(true).payment(Y2).statement(ActivityReport.ofVolume(0));
    assertEquals(Money.ofPounds(60_000), statement.total());
    assertEquals(PaymentTiming.IN_ADVANCE, statement.lines().get(0).timing());
    assertEquals("Argument 'year' must be a year of the grant [2025/26, 2026/27]: 2027/28", assertThrows(
        IllegalArgumentException.class, () -> terms(true).payment(FinancialYear.parse("2027/28"))).getMessage());
  }

  @Test
  void awardsMustBeInYearOrder() {
    assertEquals("Argument 'awards' must be in year order, no year twice: 2026/27 then 2025/26", assertThrows(
        IllegalArgumentException.class, () -> GrantTerms.builder(GrantPurpose.CORE).award("2026/27", Money.ZERO)
            .award("2025/26", Money.ZERO).build()).getMessage());
  }
}
