package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share or probability in the closed interval [0, 1]: deadweight, attribution, displacement,
 * drop-off, the cashable share of a saving. Written as a percentage, {@code "25%"}.
 *
 * @param fraction the share, 0 to 1
 * @since 0.1.0
 */
public record Proportion(BigDecimal fraction) implements Comparable<Proportion> {

  /** Nothing: 0%. */
  public static final Proportion NONE = new Proportion(BigDecimal.ZERO);
  /** Everything: 100%. */
  public static final Proportion ALL = new Proportion(BigDecimal.ONE);

  /**
   * Creates a proportion.
   *
   * @param fraction the share, 0 to 1
   */
  public Proportion {
    Args.notNull(fraction, "fraction");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("Argument 'fraction' must be between 0 and 1: " + fraction.toPlainString());
    }
    fraction = RateText.normalise(fraction);
  }

  /**
   * A proportion from a fraction.
   *
   * @param fraction the share, 0 to 1; finite
   * @return the proportion
   */
  public static Proportion of(double fraction) {
    return new Proportion(BigDecimal.valueOf(Args.finite(fraction, "fraction")));
  }

  /**
   * A proportion from a decimal string such as {@code "0.25"}.
   *
   * @param fraction the share, 0 to 1
   * @return the proportion
   */
  public static Proportion of(String fraction) {
    return new Proportion(RateText.decimal(fraction, "fraction"));
  }

  /**
   * A proportion from a number of per cent, {@code ofPercent("25")} for a quarter.
   *
   * @param percent 0 to 100
   * @return the proportion
   */
  public static Proportion ofPercent(String percent) {
    return new Proportion(RateText.decimal(percent, "percent").movePointLeft(2));
  }

  /**
   * The share one non-negative amount is of a larger one, {@code part / whole} rounded half up to
   * four decimal places (a hundredth of a percent).
   *
   * @param part the part; not negative, not above the whole
   * @param whole the whole; positive
   * @return the share
   */
  public static Proportion ratio(BigDecimal part, BigDecimal whole) {
    Args.positive(whole, "whole");
    Args.notNegative(part, "part");
    Args.check(part.compareTo(whole) <= 0, "part", "not exceed the whole (" + whole.toPlainString() + ")",
        part.toPlainString());
    return new Proportion(part.divide(whole, 4, RoundingMode.HALF_UP));
  }

  /**
   * Parses {@code "25%"}.
   *
   * @param text the text
   * @return the proportion
   */
  public static Proportion parse(String text) {
    return new Proportion(RateText.parsePercent(text, "text"));
  }

  /**
   * The rest of the whole, {@code 1 - fraction}.
   *
   * @return the complement
   */
  public Proportion complement() {
    return new Proportion(BigDecimal.ONE.subtract(fraction));
  }

  /**
   * The share as a {@code double}.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return fraction.doubleValue();
  }

  @Override
  public int compareTo(Proportion other) {
    return fraction.compareTo(other.fraction);
  }

  /**
   * The form {@code "25%"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return RateText.format(fraction);
  }
}
