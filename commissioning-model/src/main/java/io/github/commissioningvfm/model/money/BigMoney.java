package io.github.commissioningvfm.model.money;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An amount of pounds sterling at any scale: the intermediate type for chained arithmetic.
 *
 * <p>Sums, products and ratios such as {@code unit cost x volume x index ratio x discount factor}
 * are carried exactly (division to {@link MathContext#DECIMAL128}) and rounded once, at a
 * reporting boundary, with {@link #toMoney(RoundingMode)} or {@link #toMoney()} (half-up to the
 * penny). Equality ignores trailing zeros: {@code BigMoney.of("1.50").equals(BigMoney.of("1.5"))}.
 *
 * @param amount the amount in pounds, normalised without trailing zeros
 */
public record BigMoney(BigDecimal amount) implements Comparable<BigMoney> {

  /** Zero pounds. */
  public static final BigMoney ZERO = new BigMoney(BigDecimal.ZERO);

  /**
   * Creates an amount.
   *
   * @param amount the amount in pounds
   */
  public BigMoney {
    Args.notNull(amount, "amount");
    BigDecimal stripped = amount.stripTrailingZeros();
    amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Creates an amount.
   *
   * @param amount the amount in pounds
   * @return the amount
   */
  public static BigMoney of(BigDecimal amount) {
    return new BigMoney(amount);
  }

  /**
   * Creates an amount from a decimal string such as {@code "12.3456"}.
   *
   * @param amount the amount in pounds
   * @return the amount
   */
  public static BigMoney of(String amount) {
    Args.notNull(amount, "amount");
    try {
      return new BigMoney(new BigDecimal(amount));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Argument 'amount' is not a decimal number: '" + amount + "'");
    }
  }

  /**
   * Creates an amount from a finite {@code double}, taking its shortest decimal representation.
   *
   * @param amount the amount in pounds
   * @return the amount
   */
  public static BigMoney of(double amount) {
    Args.finite(amount, "amount");
    return new BigMoney(BigDecimal.valueOf(amount));
  }

  /**
   * Adds.
   *
   * @param other the amount to add
   * @return the exact sum
   */
  public BigMoney plus(BigMoney other) {
    Args.notNull(other, "other");
    return new BigMoney(amount.add(other.amount));
  }

  /**
   * Adds a fixed-scale amount.
   *
   * @param other the amount to add
   * @return the exact sum
   */
  public BigMoney plus(Money other) {
    Args.notNull(other, "other");
    return new BigMoney(amount.add(other.amount()));
  }

  /**
   * Subtracts.
   *
   * @param other the amount to subtract
   * @return the exact difference
   */
  public BigMoney minus(BigMoney other) {
    Args.notNull(other, "other");
    return new BigMoney(amount.subtract(other.amount));
  }

  /**
   * Multiplies exactly.
   *
   * @param factor the factor
   * @return the exact product
   */
  public BigMoney multipliedBy(BigDecimal factor) {
    Args.notNull(factor, "factor");
    return new BigMoney(amount.multiply(factor));
  }

  /**
   * Multiplies exactly by a whole number.
   *
   * @param factor the factor
   * @return the exact product
   */
  public BigMoney multipliedBy(long factor) {
    return new BigMoney(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Divides to {@link MathContext#DECIMAL128} (34 significant digits, half-even).
   *
   * @param divisor the divisor; not zero
   * @return the quotient
   */
  public BigMoney dividedBy(BigDecimal divisor) {
    return dividedBy(divisor, MathContext.DECIMAL128);
  }

  /**
   * Divides to the given precision.
   *
   * @param divisor the divisor; not zero
   * @param context the precision and rounding of the quotient
   * @return the quotient
   */
  public BigMoney dividedBy(BigDecimal divisor, MathContext context) {
    Args.notNull(divisor, "divisor");
    Args.notNull(context, "context");
    if (divisor.signum() == 0) {
      throw new IllegalArgumentException("Argument 'divisor' must not be zero: " + divisor.toPlainString());
    }
    return new BigMoney(amount.divide(divisor, context));
  }

  /**
   * The negated amount.
   *
   * @return minus this amount
   */
  public BigMoney negated() {
    return new BigMoney(amount.negate());
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Rounds to the penny with the given mode.
   *
   * @param rounding how to round
   * @return the fixed-scale amount
   */
  public Money toMoney(RoundingMode rounding) {
    return Money.of(amount, rounding);
  }

  /**
   * Rounds half-up to the penny: the documented default at reporting boundaries.
   *
   * @return the fixed-scale amount
   */
  public Money toMoney() {
    return toMoney(RoundingMode.HALF_UP);
  }

  /**
   * The amount as a {@code double}, for statistics and charts only.
   *
   * @return the nearest double
   */
  public double toDouble() {
    return amount.doubleValue();
  }

  @Override
  public int compareTo(BigMoney other) {
    return amount.compareTo(other.amount);
  }

  /**
   * The form people read: rounded half-up to the penny for display only, with thousands
   * separators, {@code "£1,291,152.98"}. The exact amount is {@link #amount()}; {@link #toCode()}
   * gives it in full.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return toMoney().format();
  }

  /**
   * The exact ASCII form, {@code "GBP 12.3456"}.
   *
   * @return the code form
   */
  public String toCode() {
    return "GBP " + amount.toPlainString();
  }
}
