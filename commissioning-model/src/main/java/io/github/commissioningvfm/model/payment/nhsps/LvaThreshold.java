package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * The expected annual value under which an NHS provider's funding flow is paid by a low volume
 * activity block rather than aligned payment and incentive.
 *
 * @param value the threshold; positive
 * @param boundary whether a value equal to the threshold counts as low volume
 * @param source where the scheme states it
 * @since 0.1.0
 */
public record LvaThreshold(Money value, ThresholdBoundary boundary, Provenance source) {

  /**
   * Creates a threshold.
   *
   * @param value the threshold
   * @param boundary how the threshold itself is treated
   * @param source where the scheme states it
   */
  public LvaThreshold {
    Args.notNull(value, "value");
    Args.check(value.isPositive(), "value", "be positive", value);
    Args.notNull(boundary, "boundary");
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
