package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * Thrown when a cost would be rebased to or from a year its price index does not cover. The
 * series is never extrapolated silently: pass an explicit assumed inflation rate to
 * {@link PriceIndexSeries#inflatedTo(io.github.commissioningvfm.model.money.Cost, FinancialYear,
 * io.github.commissioningvfm.model.rate.InflationRate)} to extend it.
 *
 * @since 0.1.0
 */
public final class IndexCoverageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FinancialYear year;

  /**
   * Creates the exception.
   *
   * @param series the series asked
   * @param year the year it does not cover
   */
  public IndexCoverageException(PriceIndexSeries series, FinancialYear year) {
    super(series.describe() + " covers " + series.firstYear() + " to " + series.lastYear() + ", not " + year
        + "; to extrapolate, pass an explicit assumed InflationRate to inflatedTo");
    this.year = year;
  }

  /**
   * The year not covered.
   *
   * @return the year
   */
  public FinancialYear year() {
    return year;
  }
}
