package io.github.commissioningvfm.vfm.spi;

import java.util.List;

/**
 * An optional capability of a {@link VfmStrategy}: computing its headline metrics in double
 * precision from an appraisal's flows held in {@link AppraisalArrays}, without building an
 * {@code Appraisal} or a result, for the many evaluations of uncertainty analysis. Uncertainty
 * analysis uses it when a strategy implements it and falls back to {@link VfmStrategy#evaluate}
 * otherwise; the figures must agree with the exact path to within floating-point rounding.
 *
 * <p>Any strategy may implement it, built in or plugged in. An evaluator should allocate nothing
 * per call (keep discount factors and other constants in the evaluator) and use no decimal
 * arithmetic: in a PSA it runs once per iteration.
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

  /** Computes metrics of every option other than the counterfactual from an appraisal's flows. */
  @FunctionalInterface
  interface Evaluator {
    /**
     * Evaluates an appraisal's flows.
     *
     * @param flows the flows (option 0 the counterfactual, option {@code j + 1} alternative {@code j})
     * @param sink receives the value of each alternative {@code j} (its index in the appraisal's
     *     alternatives) and metric (index in the list given to {@link #fastEvaluator})
     */
    void evaluate(AppraisalArrays flows, Sink sink);
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
