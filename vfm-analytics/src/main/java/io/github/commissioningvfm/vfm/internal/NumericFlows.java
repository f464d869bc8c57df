package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Metric;
import java.math.BigDecimal;
import java.util.List;

/**
 * Present values in double precision over {@link AppraisalArrays}, for Monte Carlo iterations where
 * exact decimal arithmetic would cost too much. Same rules as the exact path ({@link Flows} and
 * {@code DiscountSchedule.presentValue}): {@code PV = sum_t D(t) x yearly(t)} over the flows within
 * the perspective; the optimism-bias uplift {@code (1 + uplift)} applies to the costs of options
 * other than the counterfactual. Agreement with the exact path is tested.
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

  /** Discount factors of one schedule, kept for the last horizon asked (safe to share between threads). */
  public static final class FactorCache {
    private final DiscountSchedule schedule;
    private volatile double[] last = new double[0];

    /**
     * A cache for a schedule.
     *
     * @param schedule the schedule
     */
    public FactorCache(DiscountSchedule schedule) {
      this.schedule = schedule;
    }

    /**
     * The factors for a horizon.
     *
     * @param years the number of years
     * @return {@code D(0..years-1)}, not to be modified
     */
    public double[] of(int years) {
      double[] f = last;
      if (f.length != years) {
        f = factors(schedule, years);
        last = f;
      }
      return f;
    }
  }

  /**
   * A fast evaluator of metrics that follow from each option's incremental PV costs and benefits:
   * {@code dC = (1 + uplift) x PV(costs of option) - PV(costs of counterfactual)} and
   * {@code dB = PV(benefits of option) - PV(benefits of counterfactual)} within a perspective.
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
    FactorCache cache = new FactorCache(schedule);
    double costFactor = 1 + uplift;
    return (flows, sink) -> {
      double[] factors = cache.of(flows.years());
      double cfCosts = flows.presentCosts(0, perspective, factors);
      double cfBenefits = flows.presentBenefits(0, perspective, factors, false);
      int k = flows.alternatives();
      for (int j = 0; j < k; j++) {
        double dCosts = costFactor * flows.presentCosts(j + 1, perspective, factors) - cfCosts;
        double dBenefits = flows.presentBenefits(j + 1, perspective, factors, false) - cfBenefits;
        for (int m = 0; m < which.length; m++) {
          if (formula.defined(which[m], dCosts, dBenefits)) {
            sink.defined(j, m, formula.value(which[m], dCosts, dBenefits));
          } else {
            sink.undefined(j, m);
          }
        }
      }
    };
  }
}
