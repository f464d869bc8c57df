package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.TreeMap;
import java.util.Collections;
import java.util.Map;

/**
 * A bid: who, at what price, and its score on each quality criterion.
 *
 * @param bidder the bidder's name
 * @param price the price; positive
 * @param scores the score per criterion id, kept in id order
 * @since 0.1.0
 */
public record Bid(String bidder, Money price, Map<String, Integer> scores) {

  /**
   * Creates a bid.
   *
   * @param bidder the bidder
   * @param price the price
   * @param scores the scores
   */
  public Bid {
    Args.notBlank(bidder, "bidder");
    Args.notNull(price, "price");
    Args.check(price.isPositive(), "price", "be positive", price);
    scores = Collections.unmodifiableSortedMap(new TreeMap<>(Args.noNullEntries(scores, "scores")));
  }
}
