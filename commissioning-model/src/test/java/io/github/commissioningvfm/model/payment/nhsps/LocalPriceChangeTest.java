package io.github.commissioningvfm.model.payment.nhsps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalPriceChangeTest {

  @Test
  void localModificationAddsALineAndTheTotalMovesByTheAdjustment() {
    // 1,000 cases at GBP 150 = GBP 150,000; a local modification agreement of GBP 12,000 a year
    // brings the statement to GBP 162,000, the modification shown as its own line.
    PaymentStatement base = new CostPerCase(Money.ofPounds(150)).statement(ActivityReport.ofVolume(1_000));
    LocalPriceChange change = new LocalPriceChange(LocalPriceChangeKind.LOCAL_MODIFICATION_AGREEMENT,
        "rural crisis outreach", Money.ofPounds(12_000), "travel costs above the unit price", LocalDate.of(2025, 5, 1));
    PaymentStatement adjusted = change.applyTo(base);
    assertEquals(Money.ofPounds(162_000), adjusted.total());
    assertEquals(base.lines().size() + 1, adjusted.lines().size());
    assertEquals("local modification (agreement): rural crisis outreach",
        adjusted.lines().get(adjusted.lines().size() - 1).label());
    assertEquals("travel costs above the unit price; agreed 2025-05-01 by commissioner and provider, approved by NHS "
        + "England; submitted to NHS England: the agreement and its evidence, for NHS England's approval",
        adjusted.lines().get(adjusted.lines().size() - 1).basis());
  }

  @Test
  void localVariationCanReduceThePayment() {
    PaymentStatement base = new CostPerCase(Money.ofPounds(100)).statement(ActivityReport.ofVolume(10));
    PaymentStatement adjusted = new LocalPriceChange(LocalPriceChangeKind.LOCAL_VARIATION, "clinic", Money.ofPounds(-50),
        "bundled with a community pathway", LocalDate.of(2025, 4, 1)).applyTo(base);
    assertEquals(Money.ofPounds(950), adjusted.total());
  }

  @Test
  void zeroAdjustmentIsRefused() {
    assertEquals("Argument 'adjustment' must not be zero: \u00a30.00", assertThrows(IllegalArgumentException.class,
        () -> new LocalPriceChange(LocalPriceChangeKind.LOCAL_VARIATION, "s", Money.ZERO, "r",
            LocalDate.of(2025, 4, 1))).getMessage());
  }
}
