package io.github.commissioningvfm.model.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Transaction costs, bids, the commissioner's cost and reporting load, worked by hand (illustrative amounts). */
class TransactionCostsTest {

  static final Money PROVIDER_RATE = Money.ofPounds(30);
  static final Money COMMISSIONER_RATE = Money.ofPounds(45);
  static final CommissioningEvent TENDER = CommissioningEvent.of("2025 tender", "2025-01-06", EventType.TENDER_ISSUED,
      "");

  static TransactionCosts costs() {
    return TransactionCosts.of(
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.BID_PREPARATION, "40", PROVIDER_RATE, "bid")
            .at(TENDER),
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.CLARIFICATION, "6.5", PROVIDER_RATE, ""),
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.NEGOTIATION, "10", PROVIDER_RATE, ""),
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.MOBILISATION, "60", Money.ofPounds(25), ""),
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.MONITORING_RETURNS, "48", PROVIDER_RATE, ""),
        TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.REVIEW_MEETINGS, "12", PROVIDER_RATE, ""),
        TransactionCost.of(TransactionParty.COMMISSIONER, TransactionStage.BID_PREPARATION, "80", COMMISSIONER_RATE,
            "tender documents").at(TENDER),
        TransactionCost.of(TransactionParty.COMMISSIONER, TransactionStage.BID_EVALUATION, "30", COMMISSIONER_RATE, ""),
        TransactionCost.of(TransactionParty.COMMISSIONER, TransactionStage.MONITORING_RETURNS, "24", COMMISSIONER_RATE,
            ""));
  }

  @Test
  void costsAreHoursTimesRateSummedByPartyAndTiming() {
    TransactionCosts c = costs();
    // provider: before award 40 x 30 + 6.5 x 30 = 1,200 + 195 = 1,395; once after 300 + 60 x 25 = 1,800;
    // per year 48 x 30 + 12 x 30 = 1,440 + 360 = 1,800.
    assertEquals(Money.ofPounds(1_395), c.total(TransactionParty.PROVIDER, TransactionStage.Timing.BEFORE_AWARD));
    assertEquals(Money.ofPounds(1_800), c.total(TransactionParty.PROVIDER, TransactionStage.Timing.ONCE_AFTER_AWARD));
    assertEquals(Money.ofPounds(1_800), c.total(TransactionParty.PROVIDER, TransactionStage.Timing.EVERY_YEAR));
    assertEquals(Money.ofPounds(195), c.total(TransactionParty.PROVIDER, TransactionStage.CLARIFICATION));
    assertEquals(Money.ofPounds(7_200), c.ifAwarded(TransactionParty.PROVIDER, 3));
    assertEquals(Money.ofPounds(8_595), c.overTerm(TransactionParty.PROVIDER, 3));
    assertEquals(2, c.at(TENDER).size());
    assertEquals("TransactionCost[PROVIDER CLARIFICATION: 6.5 h x £30.00 = £195.00]", c.items().get(1).toString());
  }

  @Test
  void bidIsWorthMakingWhenProbabilityTimesNetValueExceedsItsCost() {
    // gross 3 x 14,000 = 42,000; net 42,000 - 7,200 = 34,800; 25% x 34,800 - 1,395 = 7,305.
    BidDecision yes = BidDecision.of("A charity", Proportion.ofPercent("25"), Money.ofPounds(14_000), 3, costs());
    assertEquals(Money.ofPounds(34_800), yes.netIfWon().net());
    assertEquals(Money.ofPounds(1_395), yes.bidCost());
    assertEquals(Money.ofPounds(7_305), yes.expectedValue());
    assertTrue(yes.worthBidding());
    // break-even probability 1,395 / 34,800 = 0.040086 -> 4.01%.
    assertEquals(Optional.of(Proportion.ofPercent("4.01")), yes.breakEvenProbability());
    assertEquals("BidDecision[A charity: 25% x £34,800.00 - bid cost £1,395.00 = £7,305.00, worth bidding]",
        yes.toString());
    // a contract that loses 2,000 a year: net -6,000 - 7,200 = -13,200; 50% x -13,200 - 1,395 = -7,995.
    BidDecision no = BidDecision.of("A charity", Proportion.ofPercent("50"), Money.ofPounds(-2_000), 3, costs());
    assertEquals(Money.ofPounds(-7_995), no.expectedValue());
    assertFalse(no.worthBidding());
    assertEquals(Optional.empty(), no.breakEvenProbability());
  }

  @Test
  void commissionersCostPerContractAndPerPoundAwarded() {
    // 80 x 45 + 30 x 45 + 3 x 24 x 45 = 3,600 + 1,350 + 3,240 = 8,190 over three years;
    // two contracts: 4,095 each; 8,190 / 450,000 = 0.0182 per pound.
    CommissionerTransactionCost c = CommissionerTransactionCost.of(costs(), 3, 2, Money.ofPounds(450_000));
    assertEquals(Money.ofPounds(8_190), c.total());
    assertEquals(Money.ofPounds(4_095), c.perContract());
    assertEquals(Percentage.ofPercent("1.82"), c.perPoundAwarded());
  }

  @Test
  void netValueSubtractsTransactionCosts() {
    assertEquals(Money.ofPounds(34_800), NetValue.of(Money.ofPounds(42_000), Money.ofPounds(7_200)).net());
    assertEquals("Argument 'transactionCosts' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> NetValue.of(Money.ZERO, Money.ofPounds(-1))).getMessage());
  }

  @Test
  void reportingAboveTheThresholdShareOfValueIsAFinding() {
    // monthly 6 h (72), quarterly 10 h (40), annual 16 h: 128 h x 30 = 3,840.
    List<ReportingRequirement> items = List.of(ReportingRequirement.of("activity", ReportingFrequency.MONTHLY, "6"),
        ReportingRequirement.of("outcomes", ReportingFrequency.QUARTERLY, "10"),
        ReportingRequirement.of("annual report", ReportingFrequency.ANNUAL, "16"));
    ReportingSchedule small = new ReportingSchedule("GRANT-7", Money.ofPounds(60_000), items);
    assertEquals(0, small.annualHours().compareTo(java.math.BigDecimal.valueOf(128)));
    assertEquals(Money.ofPounds(3_840), small.annualCost(PROVIDER_RATE));
    // 3,840 / 60,000 = 6.4% > 5%.
    assertEquals(Percentage.ofPercent("6.4"), small.shareOfValue(PROVIDER_RATE));
    var finding = small.finding(PROVIDER_RATE, ReportingSchedule.DEFAULT_THRESHOLD).orElseThrow();
    assertEquals(FindingKind.DISPROPORTIONATE_REPORTING, finding.kind());
    assertEquals("reporting takes 128 hours a year costing £3,840.00, 6.4% of the annual value £60,000.00, above "
        + "the threshold 5%", finding.message());
    // 3,840 / 150,000 = 2.56%: within 5%, but not within 2%.
    ReportingSchedule large = new ReportingSchedule("ICB-1", Money.ofPounds(150_000), items);
    assertEquals(Optional.empty(), large.finding(PROVIDER_RATE, ReportingSchedule.DEFAULT_THRESHOLD));
    assertTrue(large.finding(PROVIDER_RATE, Proportion.ofPercent("2")).isPresent());
  }

  @Test
  void intermediaryKeepsItsTopSlice() {
    IntermediaryOnGrant g = new IntermediaryOnGrant(Money.ofPounds(100_000), Proportion.ofPercent("12.5"));
    assertEquals(Money.ofPounds(12_500), g.retained());
    assertEquals(Money.ofPounds(87_500), g.onGranted());
  }
}
