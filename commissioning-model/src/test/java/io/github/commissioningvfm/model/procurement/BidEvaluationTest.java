package io.github.commissioningvfm.model.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BidEvaluationTest {

  private static final EvaluationScheme SCHEME = new EvaluationScheme(Proportion.ofPercent("70"), List.of(
      new EvaluationCriterion("quality", "safe, effective care", Proportion.ofPercent("60"),
          Optional.of(KeyCriterion.QUALITY_AND_INNOVATION)),
      new EvaluationCriterion("social", "social value", Proportion.ofPercent("40"),
          Optional.of(KeyCriterion.SOCIAL_VALUE))), 4);

  @Test
  void scoresRanksAndReportsTies() {
    // A: quality (0.6 x 4 + 0.4 x 2) / 4 = 3.2 / 4 = 0.8; price 90,000 / 100,000 = 0.9;
    //    total 0.7 x 0.8 + 0.3 x 0.9 = 0.56 + 0.27 = 0.83.
    // B: quality (0.6 x 3 + 0.4 x 3) / 4 = 0.75; price 90,000 / 90,000 = 1; total 0.525 + 0.3 = 0.825.
    // C: quality (0.6 x 4 + 0.4 x 2) / 4 = 0.8; price 0.9; total 0.83 -> tied with A.
    BidEvaluation e = BidEvaluation.evaluate(SCHEME, List.of(
        new Bid("B", Money.ofPounds(90_000), Map.of("quality", 3, "social", 3)),
        new Bid("A", Money.ofPounds(100_000), Map.of("quality", 4, "social", 2)),
        new Bid("C", Money.ofPounds(100_000), Map.of("quality", 4, "social", 2))));
    assertEquals(List.of("A", "C", "B"), e.ranking().stream().map(RankedBid::bidder).toList());
    assertEquals(List.of(1, 1, 3), e.ranking().stream().map(RankedBid::rank).toList());
    assertEquals(new BigDecimal("0.830000"), e.ranking().get(0).total());
    assertEquals(new BigDecimal("0.825000"), e.ranking().get(2).total());
    assertEquals(List.of(List.of("A", "C")), e.ties());
  }

  @Test
  void weightsNotSummingToOneHundredPercentAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EvaluationScheme(
        Proportion.ofPercent("60"), List.of(new EvaluationCriterion("q", "q", Proportion.ofPercent("55"),
            Optional.empty()), new EvaluationCriterion("s", "s", Proportion.ofPercent("40"), Optional.empty())), 5));
    assertEquals("Argument 'criteria' must have weights summing to 100%, they sum to: 95%", e.getMessage());
  }

  @Test
  void scoresOutsideTheScaleOrMissingAreRefused() {
    assertEquals("Argument 'bids[A].scores[quality]' must be between 0 and 4: 5", assertThrows(
        IllegalArgumentException.class, () -> BidEvaluation.evaluate(SCHEME, List.of(new Bid("A",
            Money.ofPounds(1), Map.of("quality", 5, "social", 1))))).getMessage());
    assertEquals("Argument 'bids[A].scores' must score criterion 'social': [quality]", assertThrows(
        IllegalArgumentException.class, () -> BidEvaluation.evaluate(SCHEME, List.of(new Bid("A",
            Money.ofPounds(1), Map.of("quality", 1))))).getMessage());
  }

  @Test
  void nonCompetitiveAwardNeedsAJustification() {
    LocalDate d = LocalDate.parse("2024-06-01");
    assertEquals("Argument 'justification' must be recorded for the non-competitive route DIRECT_AWARD_C: "
        + "Optional.empty", assertThrows(IllegalArgumentException.class,
            () -> new RouteDecision(ProcurementRoute.DIRECT_AWARD_C, d, Optional.empty())).getMessage());
    assertEquals(ProcurementRoute.COMPETITIVE_PROCESS,
        new RouteDecision(ProcurementRoute.COMPETITIVE_PROCESS, d, Optional.empty()).route());
    assertEquals(5, KeyCriterion.values().length);
  }
}
