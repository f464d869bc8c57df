package io.github.commissioningvfm.model.provider;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.BlockWithTopUp;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.GrantInAdvance;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.payment.PersonalBudgets;
import io.github.commissioningvfm.model.payment.SpotPurchase;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.RiskRow;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the provider's view. */
class ProviderProperties {

  private static Gen<Money> money() {
    return longs().between(0, 10_000_000_000L).map(Money::ofPence);
  }

  @Test
  void surplusLessSubsidyIsPaymentLessFullCost() {
    // surplus + (-subsidy) = payment - full cost, and never both at once
    qt().forAll(money(), money()).checkAssert((payment, cost) -> {
      Margin m = Margin.of(payment, cost);
      org.junit.jupiter.api.Assertions.assertEquals(payment.minus(cost), m.surplus().minus(m.subsidy()));
      org.junit.jupiter.api.Assertions.assertTrue(m.surplus().isZero() || m.subsidy().isZero());
      org.junit.jupiter.api.Assertions.assertEquals(cost, m.commissionerFunded().plus(m.subsidy()));
    });
  }

  private static Gen<PaymentMechanism> mechanisms() {
    Gen<PaymentMechanism> block = money().map(Block::new);
    Gen<PaymentMechanism> perCase = longs().between(0, 100_000).map(p -> new CostPerCase(Money.ofPence(p)));
    Gen<PaymentMechanism> topUp = money().zip(longs().between(0, 5_000), longs().between(0, 100_000),
        (b, v, p) -> new BlockWithTopUp(b, v, Money.ofPence(p)));
    Gen<PaymentMechanism> budgets = longs().between(0, 500).zip(longs().between(0, 1_000_000),
        longs().between(0, 10_000), (h, b, p) -> new PersonalBudgets(h, Money.ofPence(b), Money.ofPence(p)));
    Gen<PaymentMechanism> spot = longs().between(0, 100_000).map(p -> SpotPurchase.of(Money.ofPence(p)));
    Gen<PaymentMechanism> grant = money().map(GrantInAdvance::new);
    return block.mix(perCase, 20).mix(topUp, 20).mix(budgets, 20).mix(spot, 20).mix(grant, 15);
  }

  @Test
  void providerAndCommissionerViewsAgreeOnThePayment() {
    qt().forAll(mechanisms(), longs().between(0, 3_000), longs().between(0, 3_000), integers().between(0, 100))
        .checkAssert((m, a, b, overheadPct) -> {
          ActivityScenarios scenarios = ActivityScenarios.ofVolumes(Math.min(a, b), (a + b) / 2, Math.max(a, b));
          List<PaymentOption> options = List.of(new PaymentOption("o", m));
          ProviderCosts costs = ProviderCosts.builder().direct(Money.ofPounds(50_000), Money.ofPounds(30))
              .overheadRate(Proportion.ofPercent(Integer.toString(overheadPct))).volunteers(3, Money.ofPounds(400))
              .backfill(BigDecimal.TEN, Money.ofPounds(25)).build();
          ProviderRiskRow provider = ProviderRiskView.of(options, scenarios, costs, 0).rows().get(0);
          RiskRow commissioner = CommissionerRiskView.of(options, scenarios).rows().get(0);
          org.junit.jupiter.api.Assertions.assertEquals(commissioner.low(), provider.low().payment());
          org.junit.jupiter.api.Assertions.assertEquals(commissioner.expected(), provider.expected().payment());
          org.junit.jupiter.api.Assertions.assertEquals(commissioner.high(), provider.high().payment());
        });
  }

  @Test
  void fullCostIsFixedCostPlusVariableCostWithOverheadWithinAPenny() {
    qt().forAll(longs().between(0, 100_000), longs().between(0, 100_000), integers().between(0, 100))
        .checkAssert((v, pence, pct) -> {
          ProviderCosts costs = ProviderCosts.builder().direct(Money.ofPounds(1_000), Money.ofPence(pence))
              .overheadRate(Proportion.ofPercent(Integer.toString(pct))).build();
          BigDecimal linear = costs.fixedCost().amount()
              .add(costs.variableCostPerCaseWithOverhead().multiply(BigDecimal.valueOf(v)));
          BigDecimal gap = costs.fullCost(v).total().amount().subtract(linear).abs();
          org.junit.jupiter.api.Assertions.assertTrue(gap.compareTo(new BigDecimal("0.01")) <= 0, gap.toString());
        });
  }
}
