package io.github.commissioningvfm.vfm.voi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.math.BigDecimal;

/**
 * The discounted population that will face a decision: {@code I sum_{t=0..H-1} D(t)} for annual
 * incidence {@code I} over a horizon of {@code H} years, the first year undiscounted.
 *
 * @param annualIncidence people newly facing the decision each year, positive
 * @param horizonYears the years the decision is expected to stand, positive
 * @param discount the discount schedule (NICE: 3.5%)
 * @since 0.1.0
 */
public record PopulationScale(double annualIncidence, int horizonYears, DiscountSchedule discount) {

  /** Validates. */
  public PopulationScale {
    Args.positive(annualIncidence, "annualIncidence");
    Args.positive(horizonYears, "horizonYears");
    Args.notNull(discount, "discount");
  }

  /**
   * The discounted number of people: {@code I sum_{t=0..H-1} D(t)}.
   *
   * @return the population
   */
  public double effectivePopulation() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal d : discount.factors(horizonYears)) {
      sum = sum.add(d);
    }
    return annualIncidence * sum.doubleValue();
  }

  /**
   * A per-person value scaled to the population.
   *
   * @param perPerson the value per person
   * @return {@code perPerson x effectivePopulation()}
   */
  public double scale(double perPerson) {
    return perPerson * effectivePopulation();
  }
}
