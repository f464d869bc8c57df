package io.github.commissioningvfm.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples: every expected figure is computed here from the mechanism's rule, not copied
 * from the code's output.
 */
class PaymentMechanismsTest {

  private static final CurrencyCode WF01A = CurrencyCode.of("WF01A");
  private static final CurrencyCode WF01B = CurrencyCode.of("WF01B");

  @Test
  void blockPaysTheAnnualValueWhateverTheActivity() {
    Block block = new Block(Money.ofPounds(250_000));
    for (long v : new long[] {0, 1, 1_000, 1_000_000}) {
      PaymentStatement s = block.statement(ActivityReport.ofVolume(v));
      assertEquals(Money.ofPounds(250_000), s.total());
      assertEquals(1, s.lines().size());
    }
  }

  @Test
  void capAndCollarAdjustsOnlyOutsideTheBandAndWithinTheLimit() {
    // Block GBP 200,000; band [800, 1,200] contacts; GBP 150 per contact outside; limit GBP 30,000.
    CapAndCollar cc = new CapAndCollar(Money.ofPounds(200_000), new VolumeBand(800, 1_200), Money.ofPounds(150),
        Money.ofPounds(30_000));
    // Inside the band: no adjustment.
    assertEquals(Money.ofPounds(200_000), cc.statement(ActivityReport.ofVolume(1_000)).total());
    // 1,300 contacts: 150 x (1,300 - 1,200) = 15,000 added.
    assertEquals(Money.ofPounds(200_000 + 150 * 100), cc.statement(ActivityReport.ofVolume(1_300)).total());
    // 700 contacts: 150 x (800 - 700) = 15,000 deducted.
    PaymentStatement low = cc.statement(ActivityReport.ofVolume(700));
    assertEquals(Money.ofPounds(200_000 - 150 * 100), low.total());
    assertEquals(Money.ofPounds(-15_000), low.lines().get(1).amount());
    // 2,000 contacts: 150 x 800 = 120,000, limited to 30,000.
    assertEquals(Money.ofPounds(230_000), cc.statement(ActivityReport.ofVolume(2_000)).total());
    // 0 contacts: -150 x 800 = -120,000, limited to -30,000.
    assertEquals(Money.ofPounds(170_000), cc.statement(ActivityReport.ofVolume(0)).total());
  }

  @Test
  void costAndVolumePaysVarianceAtTheMarginalRate() {
    // 500 cases agreed at GBP 320.00, variance paid or refunded at 50% of the price.
    CostAndVolume cv = new CostAndVolume(500, Money.of("320.00"), Proportion.ofPercent("50"));
    // agreed = 500 x 320 = 160,000; variance = (560 - 500) x 320 x 0.5 = 9,600.
    PaymentStatement s = cv.statement(ActivityReport.ofVolume(560));
    assertEquals(Money.ofPounds(500 * 320), s.lines().get(0).amount());
    assertEquals(Money.ofPounds(60 * 320 / 2), s.lines().get(1).amount());
    assertEquals(Money.ofPounds(169_600), s.total());
    // 440 cases: variance = (440 - 500) x 320 x 0.5 = -9,600.
    assertEquals(Money.ofPounds(160_000 - 9_600), cv.statement(ActivityReport.ofVolume(440)).total());
  }

  @Test
  void costPerCaseIsVolumeTimesPrice() {
    // 137 cases at GBP 412.35 = 56,491.95.
    CostPerCase cpc = new CostPerCase(Money.of("412.35"));
    assertEquals(Money.of("56491.95"), cpc.statement(ActivityReport.ofVolume(137)).total());
  }

  @Test
  void capitationIsPopulationTimesRateWhateverTheActivity() {
    // 12,500 people x GBP 18.40 = 230,000.
    Capitation cap = new Capitation(12_500, Money.of("18.40"));
    assertEquals(Money.ofPounds(230_000), cap.statement(ActivityReport.ofVolume(0)).total());
    assertEquals(Money.ofPounds(230_000), cap.statement(ActivityReport.ofVolume(99_999)).total());
  }

  @Test
  void outcomeBasedReleasesWithheldSharesForTriggersMet() {
    // GBP 100,000 with 20% withheld = 20,000; triggers 60% / 40% of it = 12,000 / 8,000.
    OutcomeBased ob = new OutcomeBased(Money.ofPounds(100_000), Proportion.ofPercent("20"), List.of(
        new OutcomeTrigger("recovery", "half of clients show reliable improvement", Proportion.ofPercent("60")),
        new OutcomeTrigger("waits", "90% seen within 2 weeks", Proportion.ofPercent("40"))));
    ActivityReport none = ActivityReport.ofVolume(300);
    assertEquals(Money.ofPounds(80_000), ob.statement(none).total());
    assertEquals(Money.ofPounds(80_000 + 12_000), ob.statement(none.withOutcomesMet(Set.of("recovery"))).total());
    assertEquals(Money.ofPounds(100_000), ob.statement(none.withOutcomesMet(Set.of("recovery", "waits"))).total());
  }

  @Test
  void outcomeBasedSharesOfAnOddPennySumExactlyToTheWithheldPot() {
    // GBP 100.01 with 50% withheld: round_half_up(50.005) = 50.01; three thirds of 50.01:
    // round_down(16.67) = 16.67, 16.67, and the last 50.01 - 33.34 = 16.67.
    OutcomeBased ob = new OutcomeBased(Money.of("100.01"), Proportion.ofPercent("50"), List.of(
        new OutcomeTrigger("a", "a", Proportion.of("0.25")), new OutcomeTrigger("b", "b", Proportion.of("0.25")),
        new OutcomeTrigger("c", "c", Proportion.of("0.5"))));
    PaymentStatement all = ob.statement(ActivityReport.ofVolume(1).withOutcomesMet(Set.of("a", "b", "c")));
    // unconditional = 100.01 - 50.01 = 50.00; a = round_down(12.5025) = 12.50; b = 12.50; c = 50.01 - 25.00.
    assertEquals(Money.of("50.00"), all.lines().get(0).amount());
    assertEquals(Money.of("12.50"), all.lines().get(1).amount());
    assertEquals(Money.of("25.01"), all.lines().get(3).amount());
    assertEquals(Money.of("100.01"), all.total());
  }

  @Test
  void activityBasedPaymentIsUnitPriceTimesMffTimesVolume() {
    // Activity-based payment: 100% of the unit price per unit, adjusted by the provider's MFF
    // (2023/25 NHSPS Table 1; 2025/26 "A guide to the market forces factor", section 1).
    // WF01A: GBP 150.00 x 1.05 x 40 = 6,300.00; WF01B: GBP 99.99 x 1.05 x 3 = 314.9685 -> 314.97.
    ActivityBasedPayment abp = new ActivityBasedPayment(Map.of(WF01A, Money.of("150.00"), WF01B,
        Money.of("99.99")), new BigDecimal("1.05"));
    PaymentStatement s = abp.statement(ActivityReport.ofVolumes(Map.of(WF01A, 40L, WF01B, 3L)));
    assertEquals(Money.of("6300.00"), s.lines().get(0).amount());
    assertEquals(Money.of("314.97"), s.lines().get(1).amount());
    assertEquals(Money.of("6614.97"), s.total());
  }

  @Test
  void alignedPaymentMovesWithElectiveActivityAroundTheBaseline() {
    // API: fixed element + (actual - baseline) x unit price x MFF x variable rate + quality
    // (2023/25 and 2025/26 NHSPS: elective activity at 100% of unit prices).
    AlignedPaymentAndIncentive api = AlignedPaymentAndIncentive.builder()
        .fixedElement(Money.ofPounds(2_000_000))
        .elective(WF01A, Money.of("150.00"), 1_000)
        .marketForcesFactor(new BigDecimal("1.10"))
        .variableRate(Proportion.ALL)
        .qualityElement(Money.ofPounds(40_000))
        .build();
    // 1,200 attendances: 200 x 150 x 1.10 x 1 = 33,000; quality 75% x 40,000 = 30,000.
    PaymentStatement s = api.statement(ActivityReport.ofVolumes(Map.of(WF01A, 1_200L))
        .withQualityAchieved(Proportion.ofPercent("75")));
    assertEquals(Money.ofPounds(33_000), s.lines().get(1).amount());
    assertEquals(Money.ofPounds(30_000), s.lines().get(2).amount());
    assertEquals(Money.ofPounds(2_000_000 + 33_000 + 30_000), s.total());
    // 900 attendances: -100 x 150 x 1.10 = -16,500.
    assertEquals(Money.ofPounds(2_000_000 - 16_500),
        api.statement(ActivityReport.ofVolumes(Map.of(WF01A, 900L))).total());
  }

  @Test
  void lowVolumeActivityBlockIgnoresActivity() {
    LowVolumeActivityBlock lva = new LowVolumeActivityBlock(Money.of("312456.78"), "2025/26");
    assertEquals(Money.of("312456.78"), lva.statement(ActivityReport.ofVolume(0)).total());
    assertEquals(Money.of("312456.78"), lva.statement(ActivityReport.ofVolume(50_000)).total());
  }

  @Test
  void blendedIsTheSumOfItsParts() {
    // Block 60,000 + cost per case 137 x 412.35 = 56,491.95 -> 116,491.95.
    Blended b = Blended.of(new Block(Money.ofPounds(60_000)), new CostPerCase(Money.of("412.35")));
    PaymentStatement s = b.statement(ActivityReport.ofVolume(137));
    assertEquals(Money.of("116491.95"), s.total());
    assertEquals("part 2 (cost per case): cases", s.lines().get(1).label());
  }

  @Test
  void unknownCurrencyCodeIsRefusedNamingIt() {
    ActivityBasedPayment abp = new ActivityBasedPayment(Map.of(WF01A, Money.of("150.00")), BigDecimal.ONE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> abp.statement(ActivityReport.ofVolumes(Map.of(CurrencyCode.of("XX99Z"), 4L))));
    assertEquals("Argument 'actual.volumes' holds an unknown currency code: 'XX99Z' (4 units); priced codes are "
        + "[WF01A]", e.getMessage());
  }

  @Test
  void badInputsAreRefusedNamingTheField() {
    assertEquals("Argument 'annualValue' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> new Block(Money.ofPounds(-1))).getMessage());
    assertEquals("Argument 'cap' must not be below the collar (10): 5", assertThrows(
        IllegalArgumentException.class, () -> new VolumeBand(10, 5)).getMessage());
    assertEquals("Argument 'maximumAdjustment' must not exceed the annual value (£10.00): £11.00",
        assertThrows(IllegalArgumentException.class, () -> new CapAndCollar(Money.ofPounds(10),
            new VolumeBand(1, 2), Money.ofPounds(1), Money.ofPounds(11))).getMessage());
    assertEquals("Argument 'triggers' must have shares of the withheld sum adding up to 100%, they add up to: 90%",
        assertThrows(IllegalArgumentException.class, () -> new OutcomeBased(Money.ofPounds(10),
            Proportion.ofPercent("10"), List.of(new OutcomeTrigger("a", "a", Proportion.ofPercent("90")))))
            .getMessage());
    assertEquals("Argument 'volumes[LOCAL_UNIT]' must not be negative: -3", assertThrows(
        IllegalArgumentException.class, () -> ActivityReport.ofVolume(-3)).getMessage());
    assertEquals("Argument 'marketForcesFactor' must be positive: 0", assertThrows(
        IllegalArgumentException.class, () -> new ActivityBasedPayment(Map.of(WF01A, Money.ofPounds(1)),
            BigDecimal.ZERO)).getMessage());
    assertEquals("Argument 'value' must be 1 to 20 upper-case letters, digits, '-' or '_': 'wf01a'", assertThrows(
        IllegalArgumentException.class, () -> CurrencyCode.of("wf01a")).getMessage());
  }

  @Test
  void statementRefusesATotalThatIsNotTheSumOfItsLines() {
    PaymentLine line = new PaymentLine("x", Money.ofPounds(1), PaymentTiming.SPREAD_EVENLY, "1");
    assertEquals("Argument 'total' must equal the sum of the lines (£1.00): £2.00", assertThrows(
        IllegalArgumentException.class, () -> new PaymentStatement("m", List.of(line), Money.ofPounds(2)))
        .getMessage());
  }
}
