package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import java.util.List;

/**
 * An optional capability of a {@link VfmStrategy}: computing its headline metrics in double
 * precision, without building a full result, for the many evaluations of uncertainty analysis.
 * Uncertainty analysis uses it when a strategy implements it and falls back to
 * {@link VfmStrategy#evaluate} otherwise; the figures must agree with the exact path to within
 * floating-point rounding.
 *
 * @since 0.1.0
 */
public interface FastHeadlines {

  /**
   * Prepares an evaluator for a set of the strategy's metrics.
   *
   * @param metrics metrics the strategy declares, in the order the evaluator's sink indexes them
   * @return the evaluator, to be called from several threads at once
   * @throws IllegalArgumentException if a metric is not one of the strategy's
   */
  Evaluator fastEvaluator(List<Metric<?>> metrics);

  /** Computes metrics of every option other than the counterfactual of one appraisal. */
  @FunctionalInterface
  interface Evaluator {
    /**
     * Evaluates an appraisal.
     *
     * @param appraisal the appraisal
     * @param sink receives the value of each alternative (index in {@code appraisal.alternatives()})
     *     and metric (index in the list given to {@link #fastEvaluator})
     */
    void evaluate(Appraisal appraisal, Sink sink);
  }

  /** Receives fast figures. */
  interface Sink {
    /**
     * A defined value.
     *
     * @param alternative the alternative's index
     * @param metric the metric's index
     * @param value the finite value
     */
    void defined(int alternative, int metric, double value);

    /**
     * An undefined value (e.g. a ratio with no positive denominator).
     *
     * @param alternative the alternative's index
     * @param metric the metric's index
     */
    void undefined(int alternative, int metric);
  }
}
