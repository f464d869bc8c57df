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
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Metric;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Yearly totals and present values in double precision, for Monte Carlo iterations where exact
 * decimal arithmetic would cost too much. Same rules as the exact path ({@link Flows} and
 * {@code DiscountSchedule.presentValue}): yearly costs {@code sum_s cost_s(t)} over streams borne
 * within the perspective, yearly benefits {@code sum_s gross_s(t) x factor_s(t)} over streams
 * received within it, {@code PV = sum_t D(t) x yearly(t)}; the caller applies the optimism-bias
 * uplift {@code (1 + uplift)} to the costs of options other than the counterfactual. Agreement with
 * the exact path is tested.
 */
public final class NumericFlows {

  private NumericFlows() {
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
        double[] amounts = toDoubles(s.amounts(), c -> c.amount().toDouble());
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
        double[] gross = gross(s.valuation());
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

  /**
   * The gross yearly values of a valuation as doubles: {@code quantity(t) x unitValue} or
   * {@code amount(t)}. Runs of the same object (as from {@code Collections.nCopies}) are converted once.
   *
   * @param valuation the valuation
   * @return the values, year 0 first
   */
  public static double[] gross(BenefitValuation valuation) {
    if (valuation instanceof BenefitValuation.Quantified q) {
      double unit = q.unitValue().cost().amount().toDouble();
      double[] out = toDoubles(q.quantities(), BigDecimal::doubleValue);
      for (int t = 0; t < out.length; t++) {
        out[t] *= unit;
      }
      return out;
    }
    return toDoubles(((BenefitValuation.Direct) valuation).amounts(), c -> c.amount().toDouble());
  }

  private static <T> double[] toDoubles(List<T> values, java.util.function.ToDoubleFunction<T> convert) {
    double[] out = new double[values.size()];
    T previous = null;
    for (int t = 0; t < out.length; t++) {
      T v = values.get(t);
      out[t] = v == previous ? out[t - 1] : convert.applyAsDouble(v);
      previous = v;
    }
    return out;
  }

  /**
   * Incremental present values of an option over the counterfactual within a perspective:
   * {@code dC = (1 + uplift) x PV(costs of option) - PV(costs of counterfactual)} and
   * {@code dB = PV(benefits of option) - PV(benefits of counterfactual)}.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param factors the discount factors
   * @param uplift the optimism-bias uplift (0 for none)
   * @return {@code {dC, dB}}
   */
  public static double[] incremental(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      double[] factors, double uplift) {
    AppraisalOption cf = appraisal.counterfactualOption();
    double dCosts = (1 + uplift) * presentValue(yearlyCosts(appraisal, option, perspective), factors)
        - presentValue(yearlyCosts(appraisal, cf, perspective), factors);
    double dBenefits = presentValue(yearlyBenefits(appraisal, option, perspective), factors)
        - presentValue(yearlyBenefits(appraisal, cf, perspective), factors);
    return new double[] {dCosts, dBenefits};
  }

  /**
   * The indices of metrics among those a strategy declares, refusing any other.
   *
   * @param strategyId the strategy's id
   * @param declared the declared metrics
   * @param asked the metrics asked for
   * @return for each asked metric, its index in {@code declared}
   */
  public static int[] indices(String strategyId, List<Metric<?>> declared, List<Metric<?>> asked) {
    int[] out = new int[asked.size()];
    for (int m = 0; m < out.length; m++) {
      out[m] = declared.indexOf(asked.get(m));
      if (out[m] < 0) {
        throw new IllegalArgumentException("Strategy '" + strategyId + "' has no metric '" + asked.get(m).id()
            + "'; its metrics are " + declared.stream().map(Metric::id).toList());
      }
    }
    return out;
  }

  /** Headline metrics as functions of an option's incremental PV costs and benefits. */
  public interface IncrementalFormula {
    /**
     * Whether a metric is defined.
     *
     * @param metric the metric's index among the strategy's declared metrics
     * @param dCosts incremental PV costs
     * @param dBenefits incremental PV benefits
     * @return true if defined
     */
    boolean defined(int metric, double dCosts, double dBenefits);

    /**
     * The metric's value, when defined.
     *
     * @param metric the metric's index among the strategy's declared metrics
     * @param dCosts incremental PV costs
     * @param dBenefits incremental PV benefits
     * @return the value
     */
    double value(int metric, double dCosts, double dBenefits);
  }

  /**
   * A fast evaluator of metrics that follow from each option's incremental PV costs and benefits
   * ({@link #incremental}), discount factors cached by horizon.
   *
   * @param strategyId the strategy's id, for messages
   * @param declared the strategy's metrics
   * @param asked the metrics asked for
   * @param schedule the discount schedule
   * @param perspective the perspective
   * @param uplift the optimism-bias uplift
   * @param formula the metrics as functions of the incremental values
   * @return the evaluator
   */
  public static FastHeadlines.Evaluator incrementalEvaluator(String strategyId, List<Metric<?>> declared,
      List<Metric<?>> asked, DiscountSchedule schedule, Perspective perspective, double uplift,
      IncrementalFormula formula) {
    int[] which = indices(strategyId, declared, asked);
    Map<Integer, double[]> factorCache = new ConcurrentHashMap<>();
    return (appraisal, sink) -> {
      double[] factors = factorCache.computeIfAbsent(appraisal.horizonYears(), years -> factors(schedule, years));
      List<AppraisalOption> alternatives = appraisal.alternatives();
      for (int j = 0; j < alternatives.size(); j++) {
        double[] x = incremental(appraisal, alternatives.get(j), perspective, factors, uplift);
        for (int m = 0; m < which.length; m++) {
          if (formula.defined(which[m], x[0], x[1])) {
            sink.defined(j, m, formula.value(which[m], x[0], x[1]));
          } else {
            sink.undefined(j, m);
          }
        }
      }
    };
  }
}
