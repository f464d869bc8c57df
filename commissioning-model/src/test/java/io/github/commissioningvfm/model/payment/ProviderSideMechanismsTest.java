package io.github.commissioningvfm.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arrangements Sheaff et al. (2024), HSDR 12(39), ch. 4 "Agreements and payments" (p. 39,
 * source lines 1278-1300) describe: a block topped up per case above the block volume, spot
 * purchase, personal budgets and grants paid in advance. Amounts illustrative, worked by hand.
 */
class ProviderSideMechanismsTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2025/26");

  @Test
  void blockWithTopUpOnlyEverPaysMore() {
    BlockWithTopUp m = new BlockWithTopUp(Money.ofPounds(100_000), 400, Money.ofPounds(180));
    // below the block volume: the block alone, nothing refunded.
    assertEquals(Money.ofPounds(100_000), m.statement(ActivityReport.ofVolume(350)).total());
    // 450 cases: 100,000 + (450 - 400) x 180 = 109,000; block spread, top-up in arrears.
    QuarterlyCashFlow cf = QuarterlyCashFlow.of(m.statement(ActivityReport.ofVolume(450)), YEAR);
    assertEquals(Money.ofPounds(109_000), cf.total());
    assertEquals(List.of(Money.ofPounds(25_000), Money.ofPounds(27_250), Money.ofPounds(27_250),
        Money.ofPounds(27_250), Money.ofPounds(2_250)), cf.quarters().stream().map(q -> q.amount()).toList());
  }

  @Test
  void spotPurchasePaysEachPlacementAtItsPriceAndRefusesUnpricedOnes() {
    CurrencyCode a = CurrencyCode.of("A");
    CurrencyCode b = CurrencyCode.of("B");
    SpotPurchase m = new SpotPurchase(Map.of(a, Money.ofPounds(250), b, Money.ofPounds(400)));
    // 3 x 250 + 2 x 400 = 1,550.
    assertEquals(Money.ofPounds(1_550), m.statement(ActivityReport.ofVolumes(Map.of(a, 3L, b, 2L))).total());
    assertEquals("Argument 'actual.volumes' holds an unknown currency code: 'C' (1 units); priced codes are [A, B]",
        assertThrows(IllegalArgumentException.class, () -> m.statement(ActivityReport.ofVolumes(
            Map.of(CurrencyCode.of("C"), 1L)))).getMessage());
  }

  @Test
  void personalBudgetsPayForUnitsBoughtUntilTheBudgetsAreSpent() {
    PersonalBudgets m = new PersonalBudgets(20, Money.ofPounds(3_000), Money.ofPounds(25));
    // 2,000 x 25 = 50,000 within 20 x 3,000 = 60,000.
    assertEquals(Money.ofPounds(50_000), m.statement(ActivityReport.ofVolume(2_000)).total());
    // 3,000 x 25 = 75,000, less 15,000 beyond the budgets: 60,000.
    PaymentStatement over = m.statement(ActivityReport.ofVolume(3_000));
    assertEquals(Money.ofPounds(60_000), over.total());
    assertEquals(Money.ofPounds(-15_000), over.lines().get(1).amount());
  }

  @Test
  void aGrantArrivesInAdvanceAndNeedsNoWorkingCapital() {
    // a grant and cost per case of the same 50,000 (200 cases x 250) against a 50,000 cost spent evenly:
    // the grant arrives in Q1; per case arrives a quarter late, so the provider finds 12,500 itself.
    ProviderCashFlowView view = ProviderCashFlowView.of(List.of(
        new PaymentOption("grant", new GrantInAdvance(Money.ofPounds(50_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(250)))), ActivityReport.ofVolume(200), YEAR,
        Money.ofPounds(50_000));
    assertEquals(Money.ofPounds(50_000), view.rows().get(0).cashFlow().quarters().get(0).amount());
    assertEquals(Money.ZERO, view.rows().get(0).workingCapitalNeed());
    assertEquals(Money.ofPounds(12_500), view.rows().get(1).workingCapitalNeed());
  }
}
