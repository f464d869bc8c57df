package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.math.BigDecimal;
import java.util.List;

/**
 * Yearly totals and present values in double precision, for Monte Carlo iterations where exact
 * decimal arithmetic would cost too much. Same rules as the exact path ({@code cba.Flows} and
 * {@code DiscountSchedule.presentValue}): yearly costs {@code sum_s cost_s(t)} over streams borne
 * within the perspective, yearly benefits {@code sum_s gross_s(t) x factor_s(t)} over streams
 * received within it, {@code PV = sum_t D(t) x yearly(t)}; the caller applies the optimism-bias
 * uplift {@code (1 + uplift)} to the costs of options other than the counterfactual. Agreement with
 * the exact path is tested.
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
   * Yearly costs of an option borne within a perspective, before optimism bias.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @return the yearly totals
   */
  public static double[] yearlyCosts(Appraisal appraisal, AppraisalOption option, Perspective perspective) {
    double[] total = new double[appraisal.horizonYears()];
    for (CostStream s : option.costs()) {
      if (perspective.includes(s.bearer())) {
        double[] amounts = BenefitValuation.toDoubles(s.amounts(), c -> c.amount().toDouble());
        for (int t = 0; t < total.length; t++) {
          total[t] += amounts[t];
        }
      }
    }
    return total;
  }

  /**
   * Yearly net benefits of an option received within a perspective:
   * {@code sum_s gross_s(t) x base_s x (1 - dropOff_s)^t}.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @return the yearly totals
   */
  public static double[] yearlyBenefits(Appraisal appraisal, AppraisalOption option, Perspective perspective) {
    double[] total = new double[appraisal.horizonYears()];
    ImpactAdjustments last = null;
    double base = 1;
    double keep = 1;
    for (BenefitStream s : option.benefits()) {
      if (perspective.includes(s.recipient())) {
        ImpactAdjustments adj = s.adjustments();
        if (adj != last) {
          base = adj.baseFactor().doubleValue();
          keep = adj.dropOff().complement().toDouble();
          last = adj;
        }
        double fade = 1;
        double[] gross = s.valuation().grossAsDoubles();
        for (int t = 0; t < total.length; t++) {
          total[t] += gross[t] * base * fade;
          fade *= keep;
        }
      }
    }
    return total;
  }

  /**
   * {@code sum_t yearly(t) x factors(t)}.
   *
   * @param yearly the yearly values
   * @param factors the discount factors, at least as many
   * @return the present value
   */
  public static double presentValue(double[] yearly, double[] factors) {
    double total = 0;
    for (int t = 0; t < yearly.length; t++) {
      total += yearly[t] * factors[t];
    }
    return total;
  }
}
