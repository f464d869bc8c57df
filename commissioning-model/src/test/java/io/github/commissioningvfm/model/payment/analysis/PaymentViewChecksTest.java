package io.github.commissioningvfm.model.payment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of the payment views and the risk range whichever level of activity costs most. */
class PaymentViewChecksTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2025/26");

  @Test
  void theRangeIsTheSameWhicheverScenarioIsDearest() {
    // max - min of 10, 5 and 7 is 5, with the largest at low activity, then in the middle, then at high.
    assertEquals(Money.ofPounds(5), row(10, 5, 7).range());
    assertEquals(Money.ofPounds(5), row(7, 10, 5).range());
    assertEquals(Money.ofPounds(5), row(5, 7, 10).range());
    assertEquals(Money.ofPounds(5), row(10, 7, 5).range());
  }

  @Test
  void quartersMustBeTheFiveOfTheYearInOrder() {
    QuarterAmount q1 = new QuarterAmount(FinancialQuarter.parse("2025/26 Q1"), Money.ZERO);
    assertEquals("Argument 'quarters' must be [2025/26 Q1, 2025/26 Q2, 2025/26 Q3, 2025/26 Q4, 2026/27 Q1]:"
        + " [2025/26 Q1]", assertThrows(IllegalArgumentException.class,
            () -> new QuarterlyCashFlow("block", YEAR, List.of(q1))).getMessage());
    QuarterlyCashFlow ok = QuarterlyCashFlow.of(new Block(Money.ofPounds(4)).statement(ActivityReport.ofVolume(0)), YEAR);
    assertEquals(ok, new QuarterlyCashFlow(ok.mechanism(), YEAR, ok.quarters()));
  }

  @Test
  void equalVolumesAreInOrderButAFallingHighIsRefused() {
    ActivityScenarios flat = ActivityScenarios.ofVolumes(5, 5, 5);
    assertEquals(5, flat.low().totalVolume());
    assertEquals(5, flat.high().totalVolume());
    assertEquals("Argument 'high' must not be below the expected volume (10): 9", assertThrows(
        IllegalArgumentException.class, () -> ActivityScenarios.ofVolumes(1, 10, 9)).getMessage());
  }

  @Test
  void theCashFlowViewRefusesDuplicateLabels() {
    PaymentOption a = new PaymentOption("a", new Block(Money.ofPounds(1)));
    assertEquals("Argument 'options' must have distinct labels, duplicate: 'a'", assertThrows(
        IllegalArgumentException.class, () -> ProviderCashFlowView.of(List.of(a, a), ActivityReport.ofVolume(1),
            YEAR, Money.ofPounds(1))).getMessage());
  }

  private static RiskRow row(long low, long expected, long high) {
    return new RiskRow("option", "Block", Money.ofPounds(low), Money.ofPounds(expected), Money.ofPounds(high));
  }
}
