package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;

/**
 * A bid's place in an evaluation. Scores are fractions of the maximum, to six decimal places.
 *
 * @param rank its rank, 1 for the best; tied bids share a rank ("1, 1, 3")
 * @param bidder the bidder
 * @param qualityScore the weighted quality score, 0 to 1
 * @param priceScore the price score, 0 to 1
 * @param total the weighted total, 0 to 1
 * @since 0.1.0
 */
public record RankedBid(int rank, String bidder, BigDecimal qualityScore, BigDecimal priceScore, BigDecimal total) {

  /**
   * Creates a ranked bid.
   *
   * @param rank the rank
   * @param bidder the bidder
   * @param qualityScore the quality score
   * @param priceScore the price score
   * @param total the total
   */
  public RankedBid {
    Args.positive(rank, "rank");
    Args.notBlank(bidder, "bidder");
    Args.notNegative(qualityScore, "qualityScore");
    Args.notNegative(priceScore, "priceScore");
    Args.notNegative(total, "total");
  }
}
