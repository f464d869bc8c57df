package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Optional;

/**
 * The prices an ROI analysis runs in: nominal (each year in its own prices) or the constant prices
 * of one declared year.
 *
 * @param constantYear the declared price base, or empty for nominal
 * @since 0.1.0
 */
public record PriceBasis(Optional<FinancialYear> constantYear) {

  /**
   * Creates a basis.
   *
   * @param constantYear the price base, if constant
   */
  public PriceBasis {
    Args.notNull(constantYear, "constantYear");
  }

  /**
   * Each year in its own prices.
   *
   * @return the basis
   */
  public static PriceBasis nominal() {
    return new PriceBasis(Optional.empty());
  }

  /**
   * Every cost in the prices of one year.
   *
   * @param year the price base
   * @return the basis
   */
  public static PriceBasis constant(FinancialYear year) {
    return new PriceBasis(Optional.of(Args.notNull(year, "year")));
  }

  /**
   * The price base expected for costs of a given year.
   *
   * @param year the contacts' year
   * @return the declared year, or {@code year} when nominal
   */
  public FinancialYear priceBaseFor(FinancialYear year) {
    return constantYear.orElse(year);
  }
}
