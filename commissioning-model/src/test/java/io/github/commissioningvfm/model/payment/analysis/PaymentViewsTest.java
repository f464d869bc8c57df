package io.github.commissioningvfm.model.payment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.OutcomeTrigger;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cash flow by quarter and the commissioner's risk view, computed by hand from the rules. */
class PaymentViewsTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2025/26");

  @Test
  void blockArrivesInFourQuartersWithTheRemainderInTheFourth() {
    // 100,000.03 / 4 = 25,000.0075 -> 25,000.00 x 3, Q4 = 100,000.03 - 75,000.00 = 25,000.03.
    QuarterlyCashFlow cf = QuarterlyCashFlow.of(new Block(Money.of("100000.03"))
        .statement(ActivityReport.ofVolume(0)), YEAR);
    assertEquals(Money.of("25000.00"), cf.quarters().get(0).amount());
    assertEquals(Money.of("25000.03"), cf.quarters().get(3).amount());
    assertEquals(Money.ZERO, cf.quarters().get(4).amount());
    assertEquals("2026/27 Q1", cf.quarters().get(4).quarter().toString());
    assertEquals(Money.of("100000.03"), cf.total());
  }

  @Test
  void costPerCaseArrivesOneQuarterInArrears() {
    // 400 x 250 = 100,000: nothing in Q1, 25,000 in Q2..Q4 and in Q1 of the next year.
    QuarterlyCashFlow cf = QuarterlyCashFlow.of(new CostPerCase(Money.ofPounds(250))
        .statement(ActivityReport.ofVolume(400)), YEAR);
    assertEquals(Money.ZERO, cf.quarters().get(0).amount());
    assertEquals(Money.ofPounds(25_000), cf.quarters().get(1).amount());
    assertEquals(Money.ofPounds(25_000), cf.quarters().get(4).amount());
    assertEquals(Money.ofPounds(75_000), cf.receivedInYear());
  }

  @Test
  void outcomePaymentsArriveAfterYearEnd() {
    // 100,000 with 30% withheld, all met: 70,000 spread (17,500 a quarter), 30,000 in Q1 next year.
    OutcomeBased ob = new OutcomeBased(Money.ofPounds(100_000), Proportion.ofPercent("30"),
        List.of(new OutcomeTrigger("t", "t", Proportion.ALL)));
    QuarterlyCashFlow cf = QuarterlyCashFlow.of(ob.statement(ActivityReport.ofVolume(1)
        .withOutcomesMet(Set.of("t"))), YEAR);
    assertEquals(Money.ofPounds(17_500), cf.quarters().get(0).amount());
    assertEquals(Money.ofPounds(30_000), cf.quarters().get(4).amount());
    assertEquals(Money.ofPounds(70_000), cf.receivedInYear());
  }

  @Test
  void workingCapitalNeedIsTheLargestCumulativeShortfall() {
    Money cost = Money.ofPounds(100_000);
    ActivityReport year = ActivityReport.ofVolume(400).withOutcomesMet(Set.of("t"));
    ProviderCashFlowView view = ProviderCashFlowView.of(List.of(
        new PaymentOption("block", new Block(Money.ofPounds(100_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(250))),
        new PaymentOption("outcomes", new OutcomeBased(Money.ofPounds(100_000), Proportion.ofPercent("30"),
            List.of(new OutcomeTrigger("t", "t", Proportion.ALL))))), year, YEAR, cost);
    // block: receives 25,000 each quarter as it spends 25,000: no shortfall.
    assertEquals(Money.ZERO, view.rows().get(0).workingCapitalNeed());
    // per case in arrears: Q1 spends 25,000 and receives 0; later quarters keep that gap: 25,000.
    assertEquals(Money.ofPounds(25_000), view.rows().get(1).workingCapitalNeed());
    // outcome-based, 30% withheld until after year end: by Q4, 100,000 - 4 x 17,500 = 30,000.
    assertEquals(Money.ofPounds(30_000), view.rows().get(2).workingCapitalNeed());
    assertEquals("Argument 'annualCost' must not be negative: -£1.00", assertThrows(IllegalArgumentException.class,
        () -> view.rows().get(0).cashFlow().workingCapitalNeed(Money.ofPounds(-1))).getMessage());
  }

  @Test
  void riskViewShowsSpendAtEachActivityLevel() {
    ActivityScenarios s = ActivityScenarios.ofVolumes(600, 1_000, 1_400);
    CommissionerRiskView view = CommissionerRiskView.of(List.of(
        new PaymentOption("block", new Block(Money.ofPounds(200_000))),
        new PaymentOption("cap and collar", new CapAndCollar(Money.ofPounds(200_000), new VolumeBand(800, 1_200),
            Money.ofPounds(150), Money.ofPounds(50_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(200)))), s);
    assertEquals(Money.ZERO, view.rows().get(0).range());
    // cap and collar: 200,000 - 150 x 200 = 170,000; 200,000; 200,000 + 150 x 200 = 230,000.
    RiskRow cc = view.rows().get(1);
    assertEquals(Money.ofPounds(170_000), cc.low());
    assertEquals(Money.ofPounds(230_000), cc.high());
    assertEquals(Money.ofPounds(60_000), cc.range());
    // per case: 600 x 200 = 120,000 to 1,400 x 200 = 280,000.
    assertEquals(Money.ofPounds(160_000), view.rows().get(2).range());
  }

  @Test
  void scenariosOutOfOrderAndDuplicateLabelsAreRefused() {
    assertEquals("Argument 'low' must not exceed the expected volume (10): 20", assertThrows(
        IllegalArgumentException.class, () -> ActivityScenarios.ofVolumes(20, 10, 30)).getMessage());
    PaymentOption a = new PaymentOption("a", new Block(Money.ofPounds(1)));
    assertEquals("Argument 'options' must have distinct labels, duplicate: 'a'", assertThrows(
        IllegalArgumentException.class, () -> CommissionerRiskView.of(List.of(a, a),
            ActivityScenarios.ofVolumes(1, 2, 3))).getMessage());
  }
}
