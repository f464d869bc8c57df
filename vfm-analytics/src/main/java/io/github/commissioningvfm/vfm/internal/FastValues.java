package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.math.BigDecimal;
import java.util.List;

/**
 * Present values in double precision, for Monte Carlo iterations where exact decimal arithmetic
 * would cost too much. Same rules as the exact path ({@code cba.Flows} and
 * {@code DiscountSchedule.presentValue}):
 * {@code PV costs = sum_t D(t) sum_s cost_s(t) x (1 + uplift)} over streams borne within the
 * perspective (uplift for options other than the counterfactual), and
 * {@code PV benefits = sum_t D(t) sum_s gross_s(t) x factor_s(t)} over streams received within it.
 * Agreement with the exact path is tested.
 */
public final class FastValues {

  private FastValues() {
  }

  /**
   * The discount factors of a schedule as doubles.
   *
   * @param schedule the schedule
   * @param years the number of years
   * @return {@code D(0..years-1)}
   */
  public static double[] factors(DiscountSchedule schedule, int years) {
    List<BigDecimal> exact = schedule.factors(years);
    double[] out = new double[years];
    for (int t = 0; t < years; t++) {
      out[t] = exact.get(t).doubleValue();
    }
    return out;
  }

  /**
   * PV of an option's costs borne within a perspective.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param uplift the optimism-bias uplift as a fraction (not applied to the counterfactual)
   * @param factors the discount factors
   * @return the present value
   */
  public static double presentCosts(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      double uplift, double[] factors) {
    double multiplier = option.name().equals(appraisal.counterfactual()) ? 1 : 1 + uplift;
    double total = 0;
    for (CostStream s : option.costs()) {
      if (perspective.includes(s.bearer())) {
        for (int t = 0; t < appraisal.horizonYears(); t++) {
          total += s.amounts().get(t).amount().toDouble() * multiplier * factors[t];
        }
      }
    }
    return total;
  }

  /**
   * PV of an option's net benefits received within a perspective.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param factors the discount factors
   * @return the present value
   */
  public static double presentBenefits(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      double[] factors) {
    double total = 0;
    for (BenefitStream s : option.benefits()) {
      if (perspective.includes(s.recipient())) {
        ImpactAdjustments adj = s.adjustments();
        double base = adj.baseFactor().doubleValue();
        double keep = adj.dropOff().complement().toDouble();
        double fade = 1;
        for (int t = 0; t < appraisal.horizonYears(); t++) {
          total += s.valuation().grossAsDouble(t) * base * fade * factors[t];
          fade *= keep;
        }
      }
    }
    return total;
  }
}
