/**
 * Uncertainty analysis around an appraisal whose inputs are uncertain.
 *
 * <p>The analyst writes an {@link io.github.commissioningvfm.vfm.uncertainty.AppraisalModel}: a
 * function from {@link io.github.commissioningvfm.vfm.uncertainty.InputValues} (named numbers) to an
 * {@link io.github.commissioningvfm.vfm.appraisal.Appraisal}, and declares each
 * {@link io.github.commissioningvfm.vfm.uncertainty.UncertainInput} with a base value, a low-high
 * range and, for probabilistic analysis, a {@link io.github.commissioningvfm.vfm.uncertainty.Distribution}.
 * {@link io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis} then offers:
 * <ul>
 *   <li>one-way sensitivity: each input at its low and high value, the others at base, sorted by
 *       swing {@code |metric(high) - metric(low)|} into a tornado table;</li>
 *   <li>scenarios: named sets of input values;</li>
 *   <li>switching values: the value of an input at which NPV = 0 or ROI ratio = 1, found by Brent's
 *       method within the input's range;</li>
 *   <li>probabilistic sensitivity analysis (Monte Carlo): iteration {@code i} draws every input from
 *       its own random stream {@code RandomStreams(seed).forIteration(i)}, so results are identical
 *       for the same seed whatever the number of threads. Outputs per option: mean, percentile
 *       interval (R-7 definition), {@code P(NPV > 0)}, {@code P(ROI ratio > 1)}; an acceptability
 *       curve; and the expected value of perfect information.</li>
 * </ul>
 *
 * <p>Acceptability and EVPI use the net benefit of option {@code j} at threshold {@code lambda}:
 * {@code NB_j(lambda) = lambda x dB_j - dC_j}, where {@code dB_j} and {@code dC_j} are the option's
 * incremental present values of benefits and costs over the counterfactual (whose net benefit is 0).
 * {@code lambda} is the value placed on one pound of monetised benefit ({@code lambda = 1} gives the
 * NPV); with an effect measure named, {@code dB_j} is the incremental present value of that effect
 * instead, and {@code lambda} the value of one unit of it (the usual cost-effectiveness
 * acceptability curve). The curve gives, for each {@code lambda}, the share of iterations in which
 * each option has the highest net benefit; {@code EVPI(lambda) = mean_i max_j NB_j,i - max_j mean_i NB_j,i}.
 */
package io.github.commissioningvfm.vfm.uncertainty;
