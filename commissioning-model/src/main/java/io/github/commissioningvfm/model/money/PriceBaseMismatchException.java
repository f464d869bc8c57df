package io.github.commissioningvfm.model.money;

import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * Thrown when costs in the prices of different financial years are added, subtracted or compared.
 * Like adding pounds to euros, the sum would mean nothing: one of the costs must first be rebased
 * to the other's price base with a price index.
 *
 * @since 0.1.0
 */
public final class PriceBaseMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FinancialYear expected;
  private final transient FinancialYear actual;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, e.g. "add"
   * @param expected the price base of the left-hand cost
   * @param actual the price base of the right-hand cost
   */
  public PriceBaseMismatchException(String operation, FinancialYear expected, FinancialYear actual) {
    super("Cannot " + operation + " a cost in " + actual + " prices and a cost in " + expected
        + " prices: rebase one of them to the other's price base first, with a price index "
        + "(e.g. PriceIndexSeries.inflatedTo(cost, FinancialYear.parse(\"" + expected
        + "\")) in the unit-costs module)");
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The price base of the left-hand cost.
   *
   * @return the expected price base
   */
  public FinancialYear expected() {
    return expected;
  }

  /**
   * The price base of the right-hand cost.
   *
   * @return the price base that did not match
   */
  public FinancialYear actual() {
    return actual;
  }
}
