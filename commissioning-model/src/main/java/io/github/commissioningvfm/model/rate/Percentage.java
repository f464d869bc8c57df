package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A percentage, held as the exact fraction it stands for: {@code Percentage.parse("3.5%")} holds
 * {@code 0.035}. Written {@code "3.5%"}.
 *
 * @param fraction the fraction, e.g. 0.035 for 3.5%
 * @since 0.1.0
 */
public record Percentage(BigDecimal fraction) implements Comparable<Percentage> {

  /**
   * Creates a percentage.
   *
   * @param fraction the fraction
   */
  public Percentage {
    fraction = RateText.normalise(Args.notNull(fraction, "fraction"));
  }

  /**
   * A percentage from its number of per cent, {@code ofPercent("3.5")} for 3.5%.
   *
   * @param percent the number of per cent as a decimal string
   * @return the percentage
   */
  public static Percentage ofPercent(String percent) {
    return new Percentage(RateText.decimal(percent, "percent").movePointLeft(2));
  }

  /**
   * A percentage from its number of per cent.
   *
   * @param percent the number of per cent
   * @return the percentage
   */
  public static Percentage ofPercent(BigDecimal percent) {
    return new Percentage(Args.notNull(percent, "percent").movePointLeft(2));
  }

  /**
   * A percentage from a fraction, {@code ofFraction(0.035)} for 3.5%.
   *
   * @param fraction the fraction; finite
   * @return the percentage
   */
  public static Percentage ofFraction(double fraction) {
    return new Percentage(BigDecimal.valueOf(Args.finite(fraction, "fraction")));
  }

  /**
   * Parses {@code "3.5%"}.
   *
   * @param text the text
   * @return the percentage
   */
  public static Percentage parse(String text) {
    return new Percentage(RateText.parsePercent(text, "text"));
  }

  /**
   * The number of per cent, 3.5 for 3.5%.
   *
   * @return the percent value
   */
  public BigDecimal percent() {
    return fraction.movePointRight(2);
  }

  /**
   * Applies the percentage to a value: {@code value x fraction}.
   *
   * @param value the value
   * @return the product
   */
  public BigDecimal of(BigDecimal value) {
    return Args.notNull(value, "value").multiply(fraction, MathContext.DECIMAL128);
  }

  /**
   * The fraction as a {@code double}.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return fraction.doubleValue();
  }

  @Override
  public int compareTo(Percentage other) {
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
