package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;

/**
 * An annual inflation rate {@code i}, as published for a price index (e.g. NHS cost inflation of
 * 2.47% in 2023/24) or assumed by an analyst.
 *
 * <p>Growth factor over {@code n} years: {@code G(n) = (1 + i)^n}, exact.
 *
 * @param fraction the annual rate as a fraction (0.0247 for 2.47%); greater than -1
 * @since 0.1.0
 */
public record InflationRate(BigDecimal fraction) implements Comparable<InflationRate> {

  /**
   * Creates an inflation rate.
   *
   * @param fraction the annual rate, greater than -1
   */
  public InflationRate {
    fraction = RateText.normalise(Args.notNull(fraction, "fraction"));
    if (fraction.compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new IllegalArgumentException("Argument 'fraction' must be greater than -1: " + fraction.toPlainString());
    }
  }

  /**
   * A rate from its number of per cent, {@code ofPercent("2.47")}.
   *
   * @param percent the rate in per cent
   * @return the rate
   */
  public static InflationRate ofPercent(String percent) {
    return new InflationRate(RateText.decimal(percent, "percent").movePointLeft(2));
  }

  /**
   * Parses {@code "2.47%"}.
   *
   * @param text the text
   * @return the rate
   */
  public static InflationRate parse(String text) {
    return new InflationRate(RateText.parsePercent(text, "text"));
  }

  /**
   * The growth factor over a number of years, {@code (1 + i)^n}.
   *
   * @param years the number of years, 0 or more
   * @return the factor
   */
  public BigDecimal growthFactor(int years) {
    Args.notNegative(years, "years");
    return BigDecimal.ONE.add(fraction).pow(years);
  }

  /**
   * The rate as a percentage.
   *
   * @return the percentage
   */
  public Percentage toPercentage() {
    return new Percentage(fraction);
  }

  @Override
  public int compareTo(InflationRate other) {
    return fraction.compareTo(other.fraction);
  }

  /**
   * The form {@code "2.47%"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return RateText.format(fraction);
  }
}
