package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An annual discount rate {@code r}, turning a value in year {@code t} into a present value.
 *
 * <p>Discount factor: {@code D(t) = 1 / (1 + r)^t}, with {@code t = 0} the base year (factor 1).
 * Computed exactly and divided to {@link MathContext#DECIMAL128}.
 *
 * @param fraction the annual rate as a fraction (0.035 for 3.5%); greater than -1
 * @since 0.1.0
 */
public record DiscountRate(BigDecimal fraction) implements Comparable<DiscountRate> {

  /**
   * Creates a discount rate.
   *
   * @param fraction the annual rate, greater than -1
   */
  public DiscountRate {
    fraction = RateText.normalise(Args.notNull(fraction, "fraction"));
    if (fraction.compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new IllegalArgumentException("Argument 'fraction' must be greater than -1: " + fraction.toPlainString());
    }
  }

  /**
   * A rate from its number of per cent, {@code ofPercent("3.5")}.
   *
   * @param percent the rate in per cent
   * @return the rate
   */
  public static DiscountRate ofPercent(String percent) {
    return new DiscountRate(RateText.decimal(percent, "percent").movePointLeft(2));
  }

  /**
   * Parses {@code "3.5%"}.
   *
   * @param text the text
   * @return the rate
   */
  public static DiscountRate parse(String text) {
    return new DiscountRate(RateText.parsePercent(text, "text"));
  }

  /**
   * The discount factor for year {@code t}: {@code 1 / (1 + r)^t}.
   *
   * @param year years after the base year, 0 or more
   * @return the factor
   */
  public BigDecimal discountFactor(int year) {
    Args.notNegative(year, "year");
    return BigDecimal.ONE.divide(BigDecimal.ONE.add(fraction).pow(year), MathContext.DECIMAL128);
  }

  /**
   * The rate as a percentage.
   *
   * @return the percentage
   */
  public Percentage toPercentage() {
    return new Percentage(fraction);
  }

  /**
   * The rate as a {@code double}.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return fraction.doubleValue();
  }

  @Override
  public int compareTo(DiscountRate other) {
    return fraction.compareTo(other.fraction);
  }

  /**
   * The form {@code "3.5%"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return RateText.format(fraction);
  }
}
