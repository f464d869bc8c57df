package io.github.commissioningvfm.model.money;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in the prices of one financial year, its <em>price base</em>.
 *
 * <p>Costs behave like amounts in different currencies: {@link #plus(Cost)}, {@link #minus(Cost)}
 * and {@link #compareTo(Cost)} require equal price bases and throw
 * {@link PriceBaseMismatchException} otherwise. The amount is unbounded ({@link BigMoney}) so that
 * rebasing and scaling stay exact until {@link #toMoney()} rounds at a reporting boundary.
 * {@code toString()} gives {@code "£280.17 (2024/25 prices)"} (the amount to the penny, for people).
 *
 * @param amount the amount
 * @param priceBase the financial year whose prices the amount is in
 */
public record Cost(BigMoney amount, FinancialYear priceBase) implements Comparable<Cost> {

  /**
   * Creates a cost.
   *
   * @param amount the amount
   * @param priceBase its price base
   */
  public Cost {
    Args.notNull(amount, "amount");
    Args.notNull(priceBase, "priceBase");
  }

  /**
   * Creates a cost from a fixed-scale amount.
   *
   * @param amount the amount
   * @param priceBase its price base
   * @return the cost
   */
  public static Cost of(Money amount, FinancialYear priceBase) {
    Args.notNull(amount, "amount");
    return new Cost(amount.toBigMoney(), priceBase);
  }

  /**
   * Creates a cost from a decimal string and a financial-year string, e.g.
   * {@code Cost.of("280.17", "2024/25")}.
   *
   * @param amount the amount in pounds
   * @param priceBase the price base, e.g. {@code "2024/25"}
   * @return the cost
   */
  public static Cost of(String amount, String priceBase) {
    return new Cost(BigMoney.of(amount), FinancialYear.parse(priceBase));
  }

  /**
   * A zero cost in a price base.
   *
   * @param priceBase the price base
   * @return zero in that price base
   */
  public static Cost zero(FinancialYear priceBase) {
    return new Cost(BigMoney.ZERO, priceBase);
  }

  /**
   * Adds a cost in the same price base.
   *
   * @param other the cost to add
   * @return the exact sum
   * @throws PriceBaseMismatchException if the price bases differ
   */
  public Cost plus(Cost other) {
    requireSameBase("add", other);
    return new Cost(amount.plus(other.amount), priceBase);
  }

  /**
   * Subtracts a cost in the same price base.
   *
   * @param other the cost to subtract
   * @return the exact difference
   * @throws PriceBaseMismatchException if the price bases differ
   */
  public Cost minus(Cost other) {
    requireSameBase("subtract", other);
    return new Cost(amount.minus(other.amount), priceBase);
  }

  /**
   * Scales by a factor (a volume, a share), keeping the price base.
   *
   * @param factor the factor
   * @return the exact product
   */
  public Cost multipliedBy(BigDecimal factor) {
    return new Cost(amount.multipliedBy(factor), priceBase);
  }

  /**
   * Scales by a whole number (a count of contacts), keeping the price base.
   *
   * @param factor the factor
   * @return the exact product
   */
  public Cost multipliedBy(long factor) {
    return new Cost(amount.multipliedBy(factor), priceBase);
  }

  /**
   * Re-expresses this cost in another price base by multiplying with an index ratio. This is the
   * primitive that price indices use; call it through a price index so that the index is named in
   * the result's provenance.
   *
   * <p>{@code rebased = amount x factor}, where {@code factor = index(target) / index(priceBase)}.
   *
   * @param target the new price base
   * @param factor the ratio of the index in the target year to the index in this price base;
   *     positive
   * @return the cost in the target price base
   */
  public Cost rebasedTo(FinancialYear target, BigDecimal factor) {
    Args.notNull(target, "target");
    Args.positive(factor, "factor");
    return new Cost(amount.multipliedBy(factor), target);
  }

  /**
   * Rounds half-up to the penny.
   *
   * @return the amount as fixed-scale money
   */
  public Money toMoney() {
    return amount.toMoney();
  }

  /**
   * Rounds to the penny with the given mode.
   *
   * @param rounding how to round
   * @return the amount as fixed-scale money
   */
  public Money toMoney(RoundingMode rounding) {
    return amount.toMoney(rounding);
  }

  /**
   * Compares amounts in the same price base.
   *
   * @param other the cost to compare with
   * @return negative, zero or positive
   * @throws PriceBaseMismatchException if the price bases differ
   */
  @Override
  public int compareTo(Cost other) {
    requireSameBase("compare", other);
    return amount.compareTo(other.amount);
  }

  /**
   * The form {@code "GBP 280.17 (2024/25 prices)"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return amount + " (" + priceBase + " prices)";
  }

  private void requireSameBase(String operation, Cost other) {
    Args.notNull(other, "other");
    if (!priceBase.equals(other.priceBase)) {
      throw new PriceBaseMismatchException(operation, priceBase, other.priceBase);
    }
  }
}
