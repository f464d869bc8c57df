package io.github.commissioningvfm.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Full cost, margin and the provider's risk view, worked by hand. The cost components are those of
 * full cost recovery in Sheaff et al. (2024), HSDR 12(39), ch. 6 (source line 2271): overheads,
 * the cost of administering volunteers, and backfill for meetings. The amounts are illustrative.
 */
class ProviderViewTest {

  // fixed direct 80,000; 40 a case; overhead 15% of direct; 10 volunteers at 500; 100 hours of backfill at 30.
  static final ProviderCosts COSTS = ProviderCosts.builder().direct(Money.ofPounds(80_000), Money.ofPounds(40))
      .overheadRate(Proportion.ofPercent("15")).volunteers(10, Money.ofPounds(500))
      .backfill(new BigDecimal("100"), Money.ofPounds(30)).build();

  @Test
  void fullCostAddsOverheadVolunteerSupportAndBackfillToDirectCost() {
    // direct = 80,000 + 1,000 x 40 = 120,000; overhead = 15% = 18,000; volunteers 10 x 500 = 5,000;
    // backfill 100 x 30 = 3,000; total 146,000, of which 26,000 a direct-cost price leaves out.
    FullCost cost = COSTS.fullCost(1_000);
    assertEquals(Money.ofPounds(120_000), cost.direct());
    assertEquals(Money.ofPounds(18_000), cost.overhead());
    assertEquals(Money.ofPounds(5_000), cost.volunteerSupport());
    assertEquals(Money.ofPounds(3_000), cost.backfill());
    assertEquals(Money.ofPounds(146_000), cost.total());
    assertEquals(Money.ofPounds(26_000), cost.hiddenCost());
    // fixed part: 80,000 x 1.15 + 5,000 + 3,000 = 100,000; each case adds 40 x 1.15 = 46.
    assertEquals(Money.ofPounds(100_000), COSTS.fixedCost());
    assertEquals(0, new BigDecimal("46").compareTo(COSTS.variableCostPerCaseWithOverhead()));
    assertEquals("FullCost[1000 cases: direct £120,000.00 + overhead £18,000.00 + volunteer support £5,000.00 "
        + "+ backfill £3,000.00 = £146,000.00]", cost.toString());
  }

  @Test
  void overheadAndBackfillRoundHalfUpToThePenny() {
    // direct 0.10 x 15% = 0.015 -> 0.02; backfill 0.5 h x 0.05 = 0.025 -> 0.03.
    ProviderCosts tiny = ProviderCosts.builder().direct(Money.of("0.10"), Money.ZERO)
        .overheadRate(Proportion.ofPercent("15")).backfill(new BigDecimal("0.5"), Money.of("0.05")).build();
    assertEquals(Money.of("0.02"), tiny.fullCost(0).overhead());
    assertEquals(Money.of("0.03"), tiny.fullCost(0).backfill());
    assertEquals(Money.of("0.15"), tiny.fullCost(0).total());
  }

  @Test
  void marginIsASurplusOrAHiddenSubsidyAndShowsWhoPays() {
    Margin surplus = Margin.of(Money.ofPounds(150_000), Money.ofPounds(146_000));
    assertEquals(Money.ofPounds(4_000), surplus.surplus());
    assertEquals(Money.ZERO, surplus.subsidy());
    assertTrue(surplus.fullCostRecovered());
    assertEquals("Margin[payment £150,000.00 - full cost £146,000.00 = surplus £4,000.00]", surplus.toString());
    // 150,000 against 155,200: the provider's own funds pay 5,200, 5,200 / 155,200 = 3.35%.
    Margin subsidy = Margin.of(Money.ofPounds(150_000), Money.ofPounds(155_200));
    assertEquals(Money.ofPounds(5_200), subsidy.subsidy());
    assertEquals(Money.ofPounds(-5_200), subsidy.net());
    assertEquals(Money.ofPounds(150_000), subsidy.commissionerFunded());
    assertEquals(Optional.of(Proportion.ofPercent("3.35")), subsidy.ownFundsShare());
    assertFalse(subsidy.fullCostRecovered());
    assertEquals(Optional.empty(), Margin.of(Money.ZERO, Money.ZERO).ownFundsShare());
    assertEquals("Argument 'subsidy' must be max(0, full cost - payment) = £5,200.00: £0.00", assertThrows(
        IllegalArgumentException.class, () -> new Margin(Money.ofPounds(150_000), Money.ofPounds(155_200),
            Money.ZERO, Money.ZERO)).getMessage());
  }

  @Test
  void providerRiskViewMirrorsTheCommissionersWithCostAndBreakEven() {
    ProviderRiskView view = ProviderRiskView.of(List.of(new PaymentOption("block", new Block(Money.ofPounds(150_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(160)))),
        ActivityScenarios.ofVolumes(800, 1_000, 1_200), COSTS);
    // full cost = 100,000 + 46 v: 136,800 / 146,000 / 155,200 at 800 / 1,000 / 1,200.
    ProviderRiskRow block = view.row("block");
    assertEquals(Money.ofPounds(13_200), block.low().net());
    assertEquals(Money.ofPounds(4_000), block.expected().net());
    assertEquals(Money.ofPounds(-5_200), block.high().net());
    assertEquals(Money.ofPounds(18_400), block.range());
    assertEquals(Money.ofPounds(-5_200), block.worst());
    // the block covers cost while 100,000 + 46 v <= 150,000: v <= 1,086.96, so 0 to 1,086.
    assertEquals(new ProviderBreakEven(Optional.of(0L), Optional.of(1_086L), 2_400), block.breakEven());
    ProviderRiskRow perCase = view.row("per case");
    // 160 v against 100,000 + 46 v: 128,000 - 136,800 = -8,800; 14,000; 192,000 - 155,200 = 36,800.
    assertEquals(Money.ofPounds(8_800), perCase.low().subsidy());
    assertEquals(Money.ofPounds(14_000), perCase.expected().surplus());
    assertEquals(Money.ofPounds(36_800), perCase.high().surplus());
    // 114 v >= 100,000 from v = 877.19, so from 878 to the search limit 2 x 1,200.
    assertEquals(new ProviderBreakEven(Optional.of(878L), Optional.of(2_400L), 2_400), perCase.breakEven());
    assertEquals("covers full cost from 878 to 2,400 cases (searched to 2,400)", perCase.breakEven().describe());
    assertEquals("never covers full cost up to 10 cases", new ProviderBreakEven(Optional.empty(), Optional.empty(), 10)
        .describe());
    assertEquals("Argument 'option' must be one of [block, per case]: 'grant'", assertThrows(
        IllegalArgumentException.class, () -> view.row("grant")).getMessage());
  }

  @Test
  void negativeCostsAreRefused() {
    assertEquals("Argument 'variableCostPerCase' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> ProviderCosts.builder().direct(Money.ZERO, Money.ofPounds(-1)).build())
        .getMessage());
  }
}
