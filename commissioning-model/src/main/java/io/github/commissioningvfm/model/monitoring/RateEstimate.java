package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Locale;

/**
 * A rate with its numerator, denominator and 95% Wilson score interval.
 *
 * <p>p = k / n; with z = 1.959964 (the 97.5th normal percentile), the interval is
 * (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n) (Wilson 1927, J Am Stat Assoc
 * 22:209-212). With n = 0 there is no rate: {@link #rate()} and the bounds are 0 and
 * {@link #hasData()} is false, so a missing rate is never NaN.
 *
 * @param numerator k, the count with the outcome
 * @param denominator n, the count eligible; at least k
 * @param what what the rate counts, e.g. "recovery among referrals finishing treatment at caseness"
 * @since 0.1.0
 */
public record RateEstimate(long numerator, long denominator, String what) {

  private static final double Z = 1.959963984540054;

  /**
   * Creates a rate.
   *
   * @param numerator k
   * @param denominator n
   * @param what what it counts
   */
  public RateEstimate {
    Args.notNegative(numerator, "numerator");
    Args.notNegative(denominator, "denominator");
    Args.check(numerator <= denominator, "numerator", "not exceed the denominator " + denominator, numerator);
    Args.notBlank(what, "what");
  }

  /**
   * Whether the denominator is positive.
   *
   * @return true if there is a rate
   */
  public boolean hasData() {
    return denominator > 0;
  }

  /**
   * The rate k / n, or 0 when n = 0 (see {@link #hasData()}).
   *
   * @return the rate
   */
  public double rate() {
    return hasData() ? (double) numerator / denominator : 0;
  }

  /**
   * The Wilson interval's lower bound, or 0 when n = 0.
   *
   * @return the lower bound
   */
  public double lower() {
    return bound(-1);
  }

  /**
   * The Wilson interval's upper bound, or 0 when n = 0.
   *
   * @return the upper bound
   */
  public double upper() {
    return bound(1);
  }

  private double bound(int sign) {
    if (!hasData()) {
      return 0;
    }
    double n = denominator;
    double p = rate();
    double z2 = Z * Z;
    double centre = p + z2 / (2 * n);
    double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Math.min(1, Math.max(0, (centre + sign * spread) / (1 + z2 / n)));
  }

  /**
   * The rate in words: "recovery ...: 52.0% (26 of 50; 95% CI 38.5% to 65.2%)", or "no data".
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (!hasData()) {
      return what + ": no data (denominator 0)";
    }
    return String.format(Locale.ROOT, "%s: %.1f%% (%d of %d; 95%% CI %.1f%% to %.1f%%)", what, 100 * rate(),
        numerator, denominator, 100 * lower(), 100 * upper());
  }
}
