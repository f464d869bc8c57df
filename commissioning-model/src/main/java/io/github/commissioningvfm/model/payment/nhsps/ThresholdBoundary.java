package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.money.Money;

/**
 * Whether a value equal to a threshold lies on the low side of it.
 *
 * @since 0.1.0
 */
public enum ThresholdBoundary {
  /** Low side means strictly below the threshold. */
  BELOW,
  /** Low side means at or below the threshold. */
  AT_OR_BELOW;

  /**
   * Whether a value is on the low side of a threshold.
   *
   * @param value the value
   * @param threshold the threshold
   * @return true if the value is below (or, for {@link #AT_OR_BELOW}, equal to) the threshold
   */
  public boolean isLow(Money value, Money threshold) {
    int c = value.compareTo(threshold);
    return this == BELOW ? c < 0 : c <= 0;
  }

  /**
   * The phrase used in explanations, e.g. "below".
   *
   * @return the phrase
   */
  public String phrase() {
    return this == BELOW ? "below" : "at or below";
  }
}
