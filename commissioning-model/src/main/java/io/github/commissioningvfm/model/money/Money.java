package io.github.commissioningvfm.model.money;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of pounds sterling at the invariant scale of two decimal places.
 *
 * <p>{@code toString()} gives {@code "£1,234.56"} and {@link #parse(String)} reads it back
 * exactly ({@code Money.parse(m.toString()).equals(m)} for every {@code m}). Amounts are limited
 * to {@link #MAX_ABSOLUTE} in magnitude, far above any public budget, so that a unit mix-up (pence
 * read as pounds, a figure multiplied twice) fails loudly instead of producing an absurd figure.
 *
 * <p>Every operation that could lose precision takes an explicit {@link RoundingMode}.
 *
 * @param amount the amount in pounds, scale exactly 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** The largest magnitude a {@code Money} may hold: GBP 999,999,999,999,999.99. */
  public static final BigDecimal MAX_ABSOLUTE = new BigDecimal("999999999999999.99");

  /** Zero pounds. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final Pattern CODE_FORM = Pattern.compile("GBP (-?(?:0|[1-9][0-9]*)(?:\\.[0-9]{1,2})?)");
  private static final Pattern POUND_FORM =
      Pattern.compile("(-?)\u00a3((?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\\.[0-9]{1,2})?)");

  /**
   * Creates an amount, refusing any value with more than two decimal places.
   *
   * @param amount the amount in pounds; at most two significant decimal places
   * @throws IllegalArgumentException if the amount needs more than two decimal places (use
   *     {@link #of(BigDecimal, RoundingMode)}) or exceeds {@link #MAX_ABSOLUTE}
   */
  public Money {
    Args.notNull(amount, "amount");
    BigDecimal scaled;
    try {
      scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Argument 'amount' has more than two decimal places: "
          + amount.toPlainString() + "; give a RoundingMode, e.g. Money.of(amount, RoundingMode.HALF_UP)");
    }
    checkRange(scaled, "amount");
    amount = scaled;
  }

  /**
   * Creates an amount that must already fit two decimal places.
   *
   * @param amount the amount in pounds
   * @return the money
   */
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /**
   * Creates an amount, rounding to the penny with the given mode.
   *
   * @param amount the amount in pounds
   * @param rounding how to round to two decimal places
   * @return the money
   */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    Args.notNull(amount, "amount");
    Args.notNull(rounding, "rounding");
    return new Money(amount.setScale(2, rounding));
  }

  /**
   * Creates an amount from a decimal string such as {@code "1234.56"}.
   *
   * @param amount the amount in pounds, at most two decimal places
   * @return the money
   */
  public static Money of(String amount) {
    Args.notNull(amount, "amount");
    try {
      return new Money(new BigDecimal(amount));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Argument 'amount' is not a decimal number: '" + amount + "'");
    }
  }

  /**
   * Creates an amount from a {@code double}, rounding to the penny with the given mode. The
   * double's exact decimal expansion is rounded, not its shortest string.
   *
   * @param amount the amount in pounds; finite
   * @param rounding how to round to two decimal places
   * @return the money
   */
  public static Money of(double amount, RoundingMode rounding) {
    Args.finite(amount, "amount");
    return of(new BigDecimal(amount), rounding);
  }

  /**
   * Creates a whole number of pounds.
   *
   * @param pounds the pounds
   * @return the money
   */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /**
   * Creates an amount from pence.
   *
   * @param pence the pence
   * @return the money
   */
  public static Money ofPence(long pence) {
    return new Money(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Parses {@code "GBP 1234.56"} (the {@link #toString()} form) or {@code "£1,234.56"} (the
   * {@link #format()} form, thousands separators optional but, if present, correctly grouped).
   * A minus sign may precede the number ({@code "GBP -5.00"}) or the pound sign ({@code "-£5"}).
   *
   * @param text the text
   * @return the money
   * @throws IllegalArgumentException naming the text if it is in neither form
   */
  public static Money parse(String text) {
    Args.notNull(text, "text");
    Matcher code = CODE_FORM.matcher(text);
    if (code.matches()) {
      return new Money(new BigDecimal(code.group(1)));
    }
    Matcher pound = POUND_FORM.matcher(text);
    if (pound.matches()) {
      BigDecimal value = new BigDecimal(pound.group(2).replace(",", ""));
      return new Money(pound.group(1).isEmpty() ? value : value.negate());
    }
    throw new IllegalArgumentException("Argument 'text' is not an amount of money: '" + text
        + "'; expected e.g. 'GBP 1234.56' or '\u00a31,234.56'");
  }

  /**
   * Adds an amount.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Money plus(Money other) {
    Args.notNull(other, "other");
    return new Money(amount.add(other.amount));
  }

  /**
   * Subtracts an amount.
   *
   * @param other the amount to subtract
   * @return the difference
   */
  public Money minus(Money other) {
    Args.notNull(other, "other");
    return new Money(amount.subtract(other.amount));
  }

  /**
   * Multiplies by a whole number (exact).
   *
   * @param factor the factor
   * @return the product
   */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Multiplies by a decimal, rounding the product to the penny.
   *
   * @param factor the factor
   * @param rounding how to round to the penny
   * @return the product
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Args.notNull(factor, "factor");
    return of(amount.multiply(factor), rounding);
  }

  /**
   * Divides by a decimal, rounding the quotient to the penny.
   *
   * @param divisor the divisor; not zero
   * @param rounding how to round to the penny
   * @return the quotient
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Args.notNull(divisor, "divisor");
    Args.notNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new IllegalArgumentException("Argument 'divisor' must not be zero: " + divisor.toPlainString());
    }
    return new Money(amount.divide(divisor, 2, rounding));
  }

  /**
   * Divides by a whole number, rounding the quotient to the penny.
   *
   * @param divisor the divisor; not zero
   * @param rounding how to round to the penny
   * @return the quotient
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    return dividedBy(BigDecimal.valueOf(divisor), rounding);
  }

  /**
   * The negated amount.
   *
   * @return minus this amount
   */
  public Money negated() {
    return new Money(amount.negate());
  }

  /**
   * The absolute amount.
   *
   * @return this amount without its sign
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Whether this is zero.
   *
   * @return true for GBP 0.00
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Whether this is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Whether this is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * This amount as an unbounded amount, for further exact arithmetic.
   *
   * @return the same amount as {@link BigMoney}
   */
  public BigMoney toBigMoney() {
    return BigMoney.of(amount);
  }

  /**
   * The amount in pence.
   *
   * @return the amount in pence
   */
  public long toPence() {
    return amount.movePointRight(2).longValueExact();
  }

  /**
   * The amount in pounds as a {@code double}, for statistics and charts only.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return amount.doubleValue();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /**
   * Formats for people: {@code "£1,234.56"}, {@code "-£5.00"}, independent of the default locale.
   *
   * @return the formatted amount
   */
  public String format() {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String digits = format.format(amount.abs());
    return (amount.signum() < 0 ? "-\u00a3" : "\u00a3") + digits;
  }

  /**
   * The form people read, the same as {@link #format()}: {@code "£1,234.56"}. {@link #parse(String)}
   * reads it back exactly. {@link #toCode()} gives the ASCII form {@code "GBP 1234.56"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return format();
  }

  /**
   * The ASCII form without separators, {@code "GBP 1234.56"}, which {@link #parse(String)} also reads.
   *
   * @return the code form
   */
  public String toCode() {
    return "GBP " + amount.toPlainString();
  }

  static void checkRange(BigDecimal amount, String name) {
    if (amount.abs().compareTo(MAX_ABSOLUTE) > 0) {
      throw new ArithmeticException("Argument '" + name + "' overflows the range of Money (magnitude at most "
          + MAX_ABSOLUTE.toPlainString() + "): " + amount.toPlainString());
    }
  }
}
