package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * The annual value of a provider–commissioner relationship at or under which NHS England normally
 * sets an LVA value. The threshold guides NHS England's mandate; it does not by itself put a
 * relationship on LVA (see {@link SchemeEdition#select(Relationship)}).
 *
 * @param value the threshold; positive
 * @param boundary whether a value equal to the threshold counts as low volume
 * @param basis how the relationship's value is measured for the threshold, e.g. "a three-year rolling average"
 * @param source where the scheme states it
 * @since 0.1.0
 */
public record LvaThreshold(Money value, ThresholdBoundary boundary, String basis, Provenance source) {

  /**
   * Creates a threshold.
   *
   * @param value the threshold
   * @param boundary how the threshold itself is treated
   * @param basis how the value is measured
   * @param source where the scheme states it
   */
  public LvaThreshold {
    Args.notNull(value, "value");
    Args.check(value.isPositive(), "value", "be positive", value);
    Args.notNull(boundary, "boundary");
    Args.notBlank(basis, "basis");
    Args.notNull(source, "source");
  }

  /**
   * Whether an expected annual value falls in the low volume range.
   *
   * @param expectedAnnualValue the expected annual value
   * @return true if LVA applies by value
   */
  public boolean isLowVolume(Money expectedAnnualValue) {
    return boundary.isLow(Args.notNull(expectedAnnualValue, "expectedAnnualValue"), value);
  }
}
