package io.github.commissioningvfm.model.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The consistency checks of the transaction-cost values, each named in its message. */
class TransactionChecksTest {

  private static String message(Runnable construction) {
    return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
  }

  @Test
  void netValueMustBeGrossLessCosts() {
    assertEquals("Argument 'net' must equal gross - transaction costs (\u00a38.00): \u00a37.00",
        message(() -> new NetValue(Money.ofPounds(10), Money.ofPounds(2), Money.ofPounds(7))));
    assertEquals(Money.ofPounds(8), NetValue.of(Money.ofPounds(10), Money.ofPounds(2)).net());
  }

  @Test
  void bidDecisionChecksItsCostAndExpectedValue() {
    NetValue net = NetValue.of(Money.ofPounds(10_000), Money.ofPounds(2_000));
    assertEquals("Argument 'bidCost' must not be negative: -\u00a31.00", message(() -> new BidDecision("VCSE",
        Proportion.of("0.5"), 1, net, Money.of("-1"), Money.ofPounds(4_001))));
    // 0.5 x 8,000 - 500 = 3,500
    assertEquals("Argument 'expectedValue' must equal probability x net if won - bid cost (\u00a33,500.00): "
        + "\u00a33,000.00", message(() -> new BidDecision("VCSE", Proportion.of("0.5"), 1, net, Money.ofPounds(500),
            Money.ofPounds(3_000))));
  }

  @Test
  void aBidCostingAllItCouldEarnBreaksEvenOnlyIfCertain() {
    NetValue net = NetValue.of(Money.ofPounds(1_000), Money.ZERO);
    BidDecision all = new BidDecision("VCSE", Proportion.of("0.5"), 1, net, Money.ofPounds(1_000),
        Money.ofPounds(-500));
    assertEquals(Optional.of(Proportion.ALL), all.breakEvenProbability());
    BidDecision more = new BidDecision("VCSE", Proportion.of("0.5"), 1, net, Money.of("1000.01"),
        Money.of("-500.01"));
    assertEquals(Optional.empty(), more.breakEvenProbability());
  }

  @Test
  void commissionerCostsAreCheckedAgainstTheirRatios() {
    // 20,000 over 2 contracts is 10,000 each; over 400,000 awarded it is 5%.
    Money total = Money.ofPounds(20_000);
    Money awarded = Money.ofPounds(400_000);
    Percentage five = Percentage.parse("5%");
    assertEquals("Argument 'total' must not be negative: -\u00a31.00", message(() -> new CommissionerTransactionCost(
        Money.of("-1"), 2, awarded, Money.ofPounds(10_000), five)));
    assertEquals("Argument 'awarded' must be positive: \u00a30.00", message(() -> new CommissionerTransactionCost(
        total, 2, Money.ZERO, Money.ofPounds(10_000), five)));
    assertEquals("Argument 'perContract' must equal total / contracts: \u00a39,000.00", message(
        () -> new CommissionerTransactionCost(total, 2, awarded, Money.ofPounds(9_000), five)));
    assertEquals("Argument 'perPoundAwarded' must equal total / awarded: 4%", message(
        () -> new CommissionerTransactionCost(total, 2, awarded, Money.ofPounds(10_000), Percentage.parse("4%"))));
    assertEquals(five, new CommissionerTransactionCost(total, 2, awarded, Money.ofPounds(10_000), five)
        .perPoundAwarded());
  }

  @Test
  void ratesAndReceiptsMayNotBeNegative() {
    assertEquals("Argument 'hourlyRate' must not be negative: -\u00a31.00", message(() -> new TransactionCost(
        TransactionParty.PROVIDER, TransactionStage.BID_PREPARATION, BigDecimal.ONE, Money.of("-1"), Optional.empty(),
        "")));
    assertEquals("Argument 'received' must not be negative: -\u00a31.00",
        message(() -> new IntermediaryOnGrant(Money.of("-1"), Proportion.of("0.1"))));
  }

  @Test
  void addingACostKeepsTheEarlierOnes() {
    TransactionCost writing = new TransactionCost(TransactionParty.PROVIDER, TransactionStage.BID_PREPARATION,
        new BigDecimal("30"), Money.ofPounds(25), Optional.empty(), "writing the bid");
    TransactionCost clarifying = new TransactionCost(TransactionParty.PROVIDER, TransactionStage.CLARIFICATION,
        new BigDecimal("4"), Money.ofPounds(25), Optional.empty(), "");
    assertEquals(List.of(writing), TransactionCosts.NONE.with(writing).items());
    assertEquals(List.of(writing, clarifying), TransactionCosts.of(writing).with(clarifying).items());
  }
}
