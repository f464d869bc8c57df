package io.github.commissioningvfm.model.payment;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties every payment mechanism must have. */
class PaymentProperties {

  private static final CurrencyCode A = CurrencyCode.of("A");

  private static Gen<Money> money() {
    return longs().between(0, 1_000_000_000L).map(Money::ofPence);
  }

  private static Gen<Long> volume() {
    return longs().between(0, 100_000);
  }

  private static Gen<PaymentMechanism> mechanisms() {
    Gen<PaymentMechanism> block = money().map(Block::new);
    Gen<PaymentMechanism> perCase = money().map(CostPerCase::new);
    Gen<PaymentMechanism> capitation = longs().between(0, 500_000).zip(longs().between(0, 10_000),
        (p, pence) -> new Capitation(p, Money.ofPence(pence)));
    Gen<PaymentMechanism> cv = longs().between(0, 5_000).zip(longs().between(0, 100_000),
        integers().between(0, 100), (agreed, pence, pct) -> new CostAndVolume(agreed, Money.ofPence(pence),
            Proportion.ofPercent(Integer.toString(pct))));
    Gen<PaymentMechanism> outcome = money().zip(integers().between(0, 100), integers().between(1, 99),
        (value, withheld, share) -> new OutcomeBased(value, Proportion.ofPercent(Integer.toString(withheld)),
            List.of(new OutcomeTrigger("x", "x", Proportion.ofPercent(Integer.toString(share))),
                new OutcomeTrigger("y", "y", Proportion.ofPercent(Integer.toString(100 - share))))));
    Gen<PaymentMechanism> abp = longs().between(0, 1_000_000).zip(integers().between(80, 130),
        (pence, mff) -> new ActivityBasedPayment(Map.of(A, Money.ofPence(pence)), BigDecimal.valueOf(mff, 2)));
    Gen<PaymentMechanism> capCollar = capAndCollar().map(c -> c);
    Gen<PaymentMechanism> topUp = money().zip(longs().between(0, 5_000), longs().between(0, 100_000),
        (b, v, p) -> new BlockWithTopUp(b, v, Money.ofPence(p)));
    Gen<PaymentMechanism> budgets = longs().between(0, 500).zip(longs().between(0, 1_000_000),
        longs().between(0, 10_000), (h, b, p) -> new PersonalBudgets(h, Money.ofPence(b), Money.ofPence(p)));
    Gen<PaymentMechanism> spot = longs().between(0, 100_000).map(p -> new SpotPurchase(Map.of(A, Money.ofPence(p))));
    Gen<PaymentMechanism> grant = money().map(GrantInAdvance::new);
    return block.mix(perCase, 15).mix(capitation, 15).mix(cv, 15).mix(outcome, 15).mix(abp, 15)
        .mix(capCollar, 15).mix(topUp, 10).mix(budgets, 10).mix(spot, 10).mix(grant, 8);
  }

  private static Gen<CapAndCollar> capAndCollar() {
    return longs().between(0, 5_000).zip(longs().between(0, 5_000), longs().between(0, 100_000),
        longs().between(0, 100_000_000L), (collar, width, ratePence, valuePence) -> new CapAndCollar(
            Money.ofPence(valuePence), new VolumeBand(collar, collar + width), Money.ofPence(ratePence),
            Money.ofPence(valuePence / 3)));
  }

  private static Money sum(PaymentStatement s) {
    Money sum = Money.ZERO;
    for (PaymentLine line : s.lines()) {
      sum = sum.plus(line.amount());
    }
    return sum;
  }

  private static ActivityReport report(long v) {
    return ActivityReport.ofVolumes(Map.of(A, v)).withOutcomesMet(v % 2 == 0 ? Set.of("x") : Set.of());
  }

  @Test
  void lineItemsSumToTheTotal() {
    qt().forAll(mechanisms(), volume()).checkAssert((m, v) -> {
      PaymentStatement s = m.statement(report(v));
      org.junit.jupiter.api.Assertions.assertEquals(sum(s), s.total());
    });
  }

  @Test
  void blockWithTopUpNeverPaysLessThanItsBlockAndGrowsWithActivity() {
    qt().forAll(money(), longs().between(0, 5_000), longs().between(0, 100_000), volume())
        .checkAssert((b, bv, p, v) -> {
          BlockWithTopUp m = new BlockWithTopUp(b, bv, Money.ofPence(p));
          Money at = m.statement(ActivityReport.ofVolume(v)).total();
          org.junit.jupiter.api.Assertions.assertTrue(at.compareTo(b) >= 0);
          org.junit.jupiter.api.Assertions.assertTrue(m.statement(ActivityReport.ofVolume(v + 1)).total()
              .compareTo(at) >= 0);
        });
  }

  @Test
  void personalBudgetsNeverPayMoreThanTheBudgets() {
    qt().forAll(longs().between(0, 500), longs().between(0, 1_000_000), longs().between(0, 10_000), volume())
        .checkAssert((h, b, p, v) -> org.junit.jupiter.api.Assertions.assertTrue(
            new PersonalBudgets(h, Money.ofPence(b), Money.ofPence(p)).statement(ActivityReport.ofVolume(v)).total()
                .compareTo(Money.ofPence(b).multipliedBy(h)) <= 0));
  }

  @Test
  void blockPaymentIsIndependentOfActivity() {
    qt().forAll(money(), volume(), volume())
        .check((value, v1, v2) -> new Block(value).statement(report(v1)).total()
            .equals(new Block(value).statement(report(v2)).total()));
  }

  @Test
  void capAndCollarIsMonotoneInActivity() {
    qt().forAll(capAndCollar(), volume(), longs().between(0, 10_000)).check((cc, v, more) ->
        cc.statement(report(v)).total().compareTo(cc.statement(report(v + more)).total()) <= 0);
  }

  @Test
  void capAndCollarStaysWithinItsBounds() {
    qt().forAll(capAndCollar(), volume()).check((cc, v) -> {
      Money paid = cc.statement(report(v)).total();
      return paid.compareTo(cc.annualValue().minus(cc.maximumAdjustment())) >= 0
          && paid.compareTo(cc.annualValue().plus(cc.maximumAdjustment())) <= 0;
    });
  }

  @Test
  void outcomeBasedPaysTheWholeValueExactlyWhenEveryTriggerIsMet() {
    qt().forAll(money(), integers().between(0, 100), integers().between(1, 99)).check((value, withheld, share) -> {
      OutcomeBased ob = new OutcomeBased(value, Proportion.ofPercent(Integer.toString(withheld)), List.of(
          new OutcomeTrigger("x", "x", Proportion.ofPercent(Integer.toString(share))),
          new OutcomeTrigger("y", "y", Proportion.ofPercent(Integer.toString(100 - share)))));
      ActivityReport none = ActivityReport.ofVolume(1);
      Money nothingMet = ob.statement(none).total();
      Money allMet = ob.statement(none.withOutcomesMet(Set.of("x", "y"))).total();
      return allMet.equals(value) && nothingMet.compareTo(value) <= 0;
    });
  }

  @Test
  void cashFlowQuartersSumToTheTotal() {
    qt().forAll(mechanisms(), volume(), integers().between(2000, 2100)).check((m, v, y) -> {
      PaymentStatement s = m.statement(report(v));
      return QuarterlyCashFlow.of(s, FinancialYear.ofStartYear(y)).total().equals(s.total());
    });
  }

  @Test
  void blendedIsTheSumOfItsParts() {
    qt().forAll(mechanisms(), mechanisms(), volume()).check((m1, m2, v) -> {
      ActivityReport r = report(v);
      Money parts = m1.statement(r).total().plus(m2.statement(r).total());
      return Blended.of(m1, m2).statement(r).total().equals(parts);
    });
  }
}
