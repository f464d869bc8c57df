package io.github.commissioningvfm.vfm.outcomes;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A confidence interval with the method that produced it.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the nominal coverage, e.g. 0.95
 * @param method how it was computed, e.g. "t interval", "bootstrap BCa, 2000 resamples, seed 42"
 */
public record Interval(double lower, double upper, double level, String method) {

  /**
   * Creates an interval.
   *
   * @param lower lower bound
   * @param upper upper bound, not below {@code lower}
   * @param level coverage in (0, 1)
   * @param method how it was computed
   */
  public Interval {
    Args.finite(lower, "lower");
    Args.finite(upper, "upper");
    Args.check(upper >= lower, "upper", "not be below lower " + lower, upper);
    Args.check(level > 0 && level < 1, "level", "be between 0 and 1 (exclusive)", level);
    Args.notBlank(method, "method");
  }

  /**
   * Whether a value lies inside the closed interval.
   *
   * @param value the value
   * @return {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * The interval with its level and method, e.g. {@code 95% BCa bootstrap, 2000 resamples [2.86, 3.41]}; bounds
   * to four significant figures.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "% " + method + " ["
        + io.github.commissioningvfm.vfm.spi.Figure.significant(java.math.BigDecimal.valueOf(lower)) + ", "
        + io.github.commissioningvfm.vfm.spi.Figure.significant(java.math.BigDecimal.valueOf(upper)) + "]";
  }
}
