/**
 * Bootstrap confidence intervals for any statistic of the analysed participants: percentile
 * and bias-corrected and accelerated (BCa), seeded and parallel, with the same result for the same
 * seed whatever the number of threads (resample {@code b} always draws from the stream
 * {@code RandomStreams.of(seed).forIteration(b)}).
 *
 * <p>Percentile interval: the {@code alpha/2} and {@code 1 - alpha/2} quantiles of the B
 * replicates (linear interpolation between order statistics, R's type 7). BCa (Efron 1987):
 * {@code z0 = Phi^-1(#{theta*_b < theta-hat} / B)}; acceleration
 * {@code a = sum (m - theta_(i))^3 / (6 (sum (m - theta_(i))^2)^(3/2))} from jackknife values
 * {@code theta_(i)} with mean {@code m}; bounds at the replicate quantiles
 * {@code Phi(z0 + (z0 + z_q) / (1 - a (z0 + z_q)))} for {@code q = alpha/2, 1 - alpha/2}. The
 * jackknife leaves out one participant at a time up to
 * {@link io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap#EXACT_JACKKNIFE_LIMIT}
 * participants and one of {@code G} interleaved groups ({@code i mod G}) above it.
 */
package io.github.commissioningvfm.vfm.outcomes.bootstrap;
