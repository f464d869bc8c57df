package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;

/**
 * Conversions between rates and probabilities, assuming a constant rate within the period.
 *
 * <ul>
 *   <li>probability over {@code t} years from a rate {@code r}: {@code p = 1 - exp(-r t)};</li>
 *   <li>rate from a probability {@code p} over {@code t} years: {@code r = -ln(1 - p) / t};</li>
 *   <li>a probability over {@code t1} years converted to {@code t2} years:
 *       {@code 1 - (1 - p)^(t2 / t1)};</li>
 *   <li>a hazard ratio or relative risk {@code h} applied on the rate scale:
 *       {@code p' = 1 - exp(-h r t) = 1 - (1 - p)^h}, which stays a probability for any
 *       {@code h >= 0}, unlike {@code h x p}.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Rates {

  private Rates() {
  }

  /**
   * {@code p = 1 - exp(-r t)}.
   *
   * @param rate the rate per year, not negative
   * @param years the period in years, positive
   * @return the probability of at least one event in the period
   */
  public static double probability(double rate, double years) {
    Args.notNegative(rate, "rate");
    Args.positive(years, "years");
    return -Math.expm1(-rate * years);
  }

  /**
   * {@code r = -ln(1 - p) / t}.
   *
   * @param probability the probability over the period, in [0, 1)
   * @param years the period in years, positive
   * @return the rate per year
   */
  public static double rate(double probability, double years) {
    checkProbability(probability);
    Args.check(probability < 1, "probability", "be below 1 to have a finite rate", probability);
    Args.positive(years, "years");
    return -Math.log1p(-probability) / years;
  }

  /**
   * {@code 1 - (1 - p)^(toYears / fromYears)}.
   *
   * @param probability the probability over {@code fromYears}
   * @param fromYears the period the probability refers to, positive
   * @param toYears the period wanted, positive
   * @return the probability over {@code toYears}
   */
  public static double convert(double probability, double fromYears, double toYears) {
    checkProbability(probability);
    Args.positive(fromYears, "fromYears");
    Args.positive(toYears, "toYears");
    return -Math.expm1(Math.log1p(-probability) * toYears / fromYears);
  }

  /**
   * A hazard ratio or relative risk applied on the rate scale: {@code 1 - (1 - p)^h}.
   *
   * @param probability the probability without the effect
   * @param ratio the hazard ratio or rate ratio, not negative
   * @return the probability with the effect
   */
  public static double withRateRatio(double probability, double ratio) {
    checkProbability(probability);
    Args.notNegative(ratio, "ratio");
    return probability == 1 ? (ratio == 0 ? 0 : 1) : -Math.expm1(Math.log1p(-probability) * ratio);
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Argument 'probability' must be between 0 and 1: " + p);
    }
  }
}
