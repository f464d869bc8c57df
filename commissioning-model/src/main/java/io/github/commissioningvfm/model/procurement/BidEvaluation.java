package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of scoring bids against a scheme: the ranking and any ties.
 *
 * <pre>
 *   quality(b) = sum over criteria i of weight_i x score_i(b) / max score
 *   price(b)   = lowest price / price(b)
 *   total(b)   = quality share x quality(b) + (1 - quality share) x price(b)
 * </pre>
 * Each score is rounded half-up to six decimal places; bids with equal totals share a rank and
 * are reported as a tie.
 *
 * @param scheme the scheme used
 * @param ranking the bids, best first
 * @param ties groups of two or more bidders with equal totals, best group first
 * @since 0.1.0
 */
public record BidEvaluation(EvaluationScheme scheme, List<RankedBid> ranking, List<List<String>> ties) {

  private static final int SCALE = 6;

  /**
   * Creates an evaluation result.
   *
   * @param scheme the scheme
   * @param ranking the ranking
   * @param ties the ties
   */
  public BidEvaluation {
    Args.notNull(scheme, "scheme");
    ranking = List.copyOf(Args.notEmpty(ranking, "ranking"));
    Args.noNullElements(ties, "ties");
    ties = ties.stream().map(List::copyOf).toList();
  }

  /**
   * Scores and ranks bids.
   *
   * @param scheme the scheme
   * @param bids the bids, at least one, distinct bidders, each scored on every criterion within
   *     {@code 0..maxScore}
   * @return the evaluation
   */
  public static BidEvaluation evaluate(EvaluationScheme scheme, List<Bid> bids) {
    Args.notNull(scheme, "scheme");
    Args.notEmpty(bids, "bids");
    Set<String> bidders = new HashSet<>();
    BigDecimal lowest = null;
    for (Bid bid : bids) {
      Args.check(bidders.add(bid.bidder()), "bids", "have distinct bidders, duplicate", "'" + bid.bidder() + "'");
      for (EvaluationCriterion c : scheme.criteria()) {
        Integer score = bid.scores().get(c.id());
        Args.check(score != null, "bids[" + bid.bidder() + "].scores", "score criterion '" + c.id() + "'",
            bid.scores().keySet());
        Args.inRange(score, 0, scheme.maxScore(), "bids[" + bid.bidder() + "].scores[" + c.id() + "]");
      }
      Args.check(bid.scores().size() == scheme.criteria().size(), "bids[" + bid.bidder() + "].scores",
          "score only the scheme's criteria", bid.scores().keySet());
      lowest = lowest == null || bid.price().amount().compareTo(lowest) < 0 ? bid.price().amount() : lowest;
    }
    BigDecimal q = scheme.qualityShare().fraction();
    List<RankedBid> scored = new ArrayList<>();
    for (Bid bid : bids) {
      BigDecimal quality = BigDecimal.ZERO;
      for (EvaluationCriterion c : scheme.criteria()) {
        quality = quality.add(c.weight().fraction().multiply(BigDecimal.valueOf(bid.scores().get(c.id()))));
      }
      quality = quality.divide(BigDecimal.valueOf(scheme.maxScore()), MathContext.DECIMAL128);
      BigDecimal price = lowest.divide(bid.price().amount(), MathContext.DECIMAL128);
      BigDecimal total = q.multiply(quality).add(BigDecimal.ONE.subtract(q).multiply(price));
      scored.add(new RankedBid(1, bid.bidder(), round(quality), round(price), round(total)));
    }
    scored.sort(Comparator.comparing(RankedBid::total).reversed().thenComparing(RankedBid::bidder));
    List<RankedBid> ranking = new ArrayList<>();
    List<List<String>> ties = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      RankedBid b = scored.get(i);
      boolean tiedWithPrevious = i > 0 && scored.get(i - 1).total().compareTo(b.total()) == 0;
      int rank = tiedWithPrevious ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new RankedBid(rank, b.bidder(), b.qualityScore(), b.priceScore(), b.total()));
      if (tiedWithPrevious) {
        if (ties.isEmpty() || !ties.get(ties.size() - 1).contains(scored.get(i - 1).bidder())) {
          ties.add(new ArrayList<>(List.of(scored.get(i - 1).bidder())));
        }
        ties.get(ties.size() - 1).add(b.bidder());
      }
    }
    return new BidEvaluation(scheme, ranking, ties);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
