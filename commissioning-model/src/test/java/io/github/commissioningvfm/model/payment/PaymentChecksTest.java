package io.github.commissioningvfm.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edges of the payment mechanisms (band edges, limits, equal totals) and their input checks. */
class PaymentChecksTest {

  private static final CurrencyCode CODE = CurrencyCode.of("WF01A");

  @Test
  void eachOutcomeReleasesItsOwnShareOfTheWithheldSum() {
    // 10,000 with 10% withheld = 1,000; two triggers of 50% each release 500 and 500.
    OutcomeBased ob = new OutcomeBased(Money.ofPounds(10_000), Proportion.ofPercent("10"), List.of(
        new OutcomeTrigger("a", "a", Proportion.ofPercent("50")), new OutcomeTrigger("b", "b", Proportion.ofPercent("50"))));
    PaymentStatement s = ob.statement(ActivityReport.ofVolume(1).withOutcomesMet(Set.of("a", "b")));
    assertEquals(List.of(Money.ofPounds(9_000), Money.ofPounds(500), Money.ofPounds(500)),
        s.lines().stream().map(PaymentLine::amount).toList());
    assertEquals("Argument 'actual.outcomesMet' must name only triggers of this arrangement [a, b], unknown: 'c'",
        assertThrows(IllegalArgumentException.class,
            () -> ob.statement(ActivityReport.ofVolume(1).withOutcomesMet(Set.of("c")))).getMessage());
    OutcomeTrigger half = new OutcomeTrigger("a", "a", Proportion.ofPercent("50"));
    assertEquals("Argument 'triggers' must have distinct ids, duplicate: 'a'", assertThrows(
        IllegalArgumentException.class, () -> new OutcomeBased(Money.ofPounds(1), Proportion.ofPercent("10"),
            List.of(half, half))).getMessage());
  }

  @Test
  void volumesOnTheBandEdgesAreWithinTheBand() {
    CapAndCollar cc = new CapAndCollar(Money.ofPounds(1_000), new VolumeBand(80, 120), Money.ofPounds(10),
        Money.ofPounds(1_000));
    assertEquals("volume 120 within band [80, 120]", adjustment(cc, 120).basis());
    assertEquals("volume 80 within band [80, 120]", adjustment(cc, 80).basis());
    assertEquals(Money.ZERO, adjustment(cc, 80).amount());
    assertEquals(Money.ofPounds(10), adjustment(cc, 121).amount());
    assertEquals(Money.ofPounds(-10), adjustment(cc, 79).amount());
  }

  @Test
  void theAdjustmentIsLimitedEitherWayAndSaysSo() {
    CapAndCollar cc = new CapAndCollar(Money.ofPounds(1_000), new VolumeBand(80, 120), Money.ofPounds(10),
        Money.ofPounds(50));
    PaymentLine up = adjustment(cc, 200);
    assertEquals(Money.ofPounds(50), up.amount());
    assertTrue(up.basis().endsWith(", limited to +\u00a350.00"), up.basis());
    PaymentLine down = adjustment(cc, 0);
    assertEquals(Money.ofPounds(-50), down.amount());
    assertTrue(down.basis().endsWith(", limited to -\u00a350.00"), down.basis());
    assertFalse(adjustment(cc, 124).basis().contains("limited"), adjustment(cc, 124).basis());
    // No adjustment allowed at all: a rise is limited to +0.
    CapAndCollar none = new CapAndCollar(Money.ofPounds(1_000), new VolumeBand(80, 120), Money.ofPounds(10),
        Money.ZERO);
    assertTrue(adjustment(none, 200).basis().endsWith(", limited to +\u00a30.00"), adjustment(none, 200).basis());
    // The largest adjustment may equal the annual value, not exceed it.
    assertEquals(Money.ofPounds(1_000), new CapAndCollar(Money.ofPounds(1_000), new VolumeBand(80, 120),
        Money.ofPounds(10), Money.ofPounds(1_000)).maximumAdjustment());
    assertEquals("Argument 'maximumAdjustment' must not exceed the annual value (\u00a31,000.00): \u00a31,000.01",
        assertThrows(IllegalArgumentException.class, () -> new CapAndCollar(Money.ofPounds(1_000),
            new VolumeBand(80, 120), Money.ofPounds(10), Money.of("1000.01"))).getMessage());
  }

  @Test
  void aBandContainsItsEdgesAndMayBeASingleVolume() {
    VolumeBand band = new VolumeBand(80, 120);
    assertTrue(band.contains(80));
    assertTrue(band.contains(120));
    assertFalse(band.contains(79));
    assertFalse(band.contains(121));
    assertTrue(new VolumeBand(5, 5).contains(5));
    assertEquals("Argument 'cap' must not be below the collar (5): 4", assertThrows(IllegalArgumentException.class,
        () -> new VolumeBand(5, 4)).getMessage());
  }

  @Test
  void pricesMustBeGivenAndNotNegative() {
    assertEquals("Argument 'unitPrices' must hold at least one currency code: {}", assertThrows(
        IllegalArgumentException.class, () -> new ActivityBasedPayment(Map.of(), BigDecimal.ONE)).getMessage());
    assertEquals("Argument 'unitPrices[WF01A]' must not be negative: -\u00a31.00", assertThrows(
        IllegalArgumentException.class, () -> new ActivityBasedPayment(Map.of(CODE, Money.ofPounds(-1)),
            BigDecimal.ONE)).getMessage());
    assertEquals("Argument 'volumes[WF01A]' must not be negative: -1", assertThrows(IllegalArgumentException.class,
        () -> ActivityReport.ofVolumes(Map.of(CODE, -1L))).getMessage());
    ActivityBasedPayment abp = new ActivityBasedPayment(Map.of(CODE, Money.ofPounds(100)), new BigDecimal("1.050"));
    assertEquals("\u00a3100.00 x MFF 1.05 x 2",
        abp.statement(ActivityReport.ofVolumes(Map.of(CODE, 2L))).lines().get(0).basis());
  }

  @Test
  void alignedPaymentChecksItsBaselineAndTheCodesItIsGiven() {
    assertEquals("Argument 'baseline[WF01A]' must not be negative: -1", assertThrows(IllegalArgumentException.class,
        () -> AlignedPaymentAndIncentive.builder().fixedElement(Money.ofPounds(1)).elective(CODE, Money.ofPounds(1), -1)
            .build()).getMessage());
    AlignedPaymentAndIncentive api = AlignedPaymentAndIncentive.builder().fixedElement(Money.ofPounds(1))
        .elective(CODE, Money.ofPounds(1), 1).build();
    assertEquals("Argument 'actual.volumes' holds an unknown currency code: 'WF02A' (3 units); priced codes are [WF01A]",
        assertThrows(IllegalArgumentException.class,
            () -> api.statement(ActivityReport.ofVolumes(Map.of(CurrencyCode.of("WF02A"), 3L)))).getMessage());
  }

  @Test
  void budgetsSpentExactlyAreNotExhausted() {
    // 10 holders x 100 = 1,000; 20 units x 50 = 1,000 bought: exactly spent, no shortfall line.
    PersonalBudgets pb = new PersonalBudgets(10, Money.ofPounds(100), Money.ofPounds(50));
    assertEquals(1, pb.statement(ActivityReport.ofVolume(20)).lines().size());
    assertEquals(2, pb.statement(ActivityReport.ofVolume(21)).lines().size());
  }

  private static PaymentLine adjustment(CapAndCollar cc, long volume) {
    return cc.statement(ActivityReport.ofVolume(volume)).lines().get(1);
  }
}
