/**
 * Uncertainty analysis around an appraisal whose inputs are uncertain, for any value-for-money
 * strategy and any of its declared metrics.
 *
 * <p>The analyst writes an {@link io.github.commissioningvfm.vfm.uncertainty.AppraisalModel}: a
 * function from {@link io.github.commissioningvfm.vfm.uncertainty.InputValues} (named numbers) to an
 * {@link io.github.commissioningvfm.vfm.appraisal.Appraisal}, declares each
 * {@link io.github.commissioningvfm.vfm.uncertainty.UncertainInput} with a base value, a low-high
 * range and, for probabilistic analysis, a {@link io.github.commissioningvfm.vfm.uncertainty.Distribution},
 * and picks a {@link io.github.commissioningvfm.vfm.spi.VfmStrategy} (built-in or plugged in).
 * {@link io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis} then offers, for any
 * {@link io.github.commissioningvfm.vfm.spi.Metric} the strategy declares:
 * <ul>
 *   <li>one-way sensitivity: each input at its low and high value, the others at base, sorted by
 *       swing {@code |metric(high) - metric(low)|} into a tornado table;</li>
 *   <li>scenarios: named sets of input values, with every headline figure of the exact evaluation;</li>
 *   <li>switching values: the value of an input at which the metric reaches its switching target
 *       (e.g. NPSV = 0, ROI ratio = 1), found by Brent's method within the input's range;</li>
 *   <li>probabilistic sensitivity analysis (Monte Carlo): iteration {@code i} draws every input from
 *       its own random stream {@code RandomStreams(seed).forIteration(i)}, so results are identical
 *       for the same seed whatever the number of threads. For every option and metric: the mean,
 *       the percentile interval (R-7 definition) over the iterations where the metric is defined,
 *       {@code P(metric > switching target)} over all iterations, and the draws.</li>
 * </ul>
 * A strategy that implements {@link io.github.commissioningvfm.vfm.spi.FastHeadlines} is evaluated
 * in double precision over the appraisal's flows held in
 * {@link io.github.commissioningvfm.vfm.spi.AppraisalArrays}; any other through its exact
 * {@code evaluate}. A model that is also an
 * {@link io.github.commissioningvfm.vfm.uncertainty.ArrayAppraisalModel} writes those flows straight
 * from the drawn doubles, so a PSA of fast strategies builds no {@code Appraisal}, decimal or boxed
 * value per iteration (its array form is checked against {@code build} at the base values first).
 * {@code psa(settings, strategies)} evaluates several strategies from one set of draws, each result
 * exactly what a PSA of that strategy alone gives. An exception thrown by the model or the strategy
 * propagates unchanged.
 *
 * <p>Acceptability and EVPI use the strategy's {@link io.github.commissioningvfm.vfm.spi.NetBenefitBasis}:
 * the net benefit of option {@code j} at threshold {@code lambda} is
 * {@code NB_j(lambda) = lambda x V_j - C_j}, where {@code V_j} is the value metric (for example the
 * incremental present value of benefits, or incremental WELLBYs) and {@code C_j} the incremental cost
 * over the counterfactual (whose net benefit is 0). The curve gives, for each {@code lambda}, the
 * share of iterations in which each option has the highest net benefit;
 * {@code EVPI(lambda) = mean_i max_j NB_j,i - max_j mean_i NB_j,i}. A strategy without a net benefit
 * gets no curve, and the result says so.
 */
package io.github.commissioningvfm.vfm.uncertainty;
