package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import java.util.Optional;

/**
 * The prices an ROI analysis runs in, and how its all-years figures are put in one price base.
 *
 * <ul>
 *   <li>{@link #nominal(FinancialYear, PriceIndexSeries) nominal}: each year's unit costs and programme
 *       cost in that year's own prices; the all-years figures rebase each year's avoided and programme
 *       cost to one year with a stated index, then add them.</li>
 *   <li>{@link #constant(FinancialYear) constant}: every cost already in one year's prices; the all-years
 *       figures are plain sums.</li>
 * </ul>
 *
 * @param constantYear the declared price base of every cost, or empty for nominal
 * @param allYearsIn the price base of the all-years figures
 * @param rebasing the index that rebases nominal years to {@code allYearsIn}; empty when constant
 * @since 0.1.0
 */
public record PriceBasis(Optional<FinancialYear> constantYear, FinancialYear allYearsIn,
    Optional<PriceIndexSeries> rebasing) {

  /**
   * Validates: a nominal basis names its index, a constant one adds in its own year.
   *
   * @throws IllegalArgumentException if the parts do not fit together
   */
  public PriceBasis {
    Args.notNull(constantYear, "constantYear");
    Args.notNull(allYearsIn, "allYearsIn");
    Args.notNull(rebasing, "rebasing");
    Args.check(constantYear.isPresent() != rebasing.isPresent(), "rebasing",
        "be given exactly when the basis is nominal", rebasing.map(PriceIndexSeries::describe).orElse("none"));
    constantYear.ifPresent(y -> Args.check(y.equals(allYearsIn), "allYearsIn",
        "be the constant year " + y, allYearsIn));
  }

  /**
   * Each year in its own prices; all-years figures in {@code allYearsIn} prices, rebased with {@code index}.
   *
   * @param allYearsIn the price base of the all-years figures
   * @param index the index that rebases each year to it
   * @return the basis
   */
  public static PriceBasis nominal(FinancialYear allYearsIn, PriceIndexSeries index) {
    return new PriceBasis(Optional.empty(), allYearsIn, Optional.of(Args.notNull(index, "index")));
  }

  /**
   * Every cost in the prices of one year.
   *
   * @param year the price base
   * @return the basis
   */
  public static PriceBasis constant(FinancialYear year) {
    return new PriceBasis(Optional.of(Args.notNull(year, "year")), year, Optional.empty());
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

  /**
   * A cost of the basis put in the all-years price base: unchanged when constant, rebased with the
   * stated index when nominal.
   *
   * @param cost a cost in {@link #priceBaseFor} prices
   * @return the cost in {@link #allYearsIn()} prices
   */
  public Cost forAllYears(Cost cost) {
    Args.notNull(cost, "cost");
    return rebasing.map(index -> index.inflatedTo(cost, allYearsIn)).orElse(cost);
  }

  /**
   * The basis in words, e.g. "each year in its own prices; all years in 2024/25 prices, rebased with
   * HM Treasury GDP deflator at market prices (hmt-gdp-deflator, edition 2026-03)".
   *
   * @return the description
   */
  public String describe() {
    return constantYear.map(y -> "every cost in constant " + y + " prices")
        .orElseGet(() -> "each year in its own prices; all years in " + allYearsIn + " prices, rebased with "
            + rebasing.orElseThrow().describe());
  }

  @Override
  public String toString() {
    return describe();
  }
}
