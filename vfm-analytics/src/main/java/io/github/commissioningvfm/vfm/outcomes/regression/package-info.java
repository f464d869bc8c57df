/**
 * Ordinary least squares of outcome change on baseline, dose, numeric covariates (such as age) and
 * categorical covariates, with
 * classical and heteroskedasticity-robust standard errors, built from mergeable accumulators so
 * that the estimate from chunks combined equals the estimate from the whole.
 *
 * <p>Model: {@code y = X b + e}. Estimate {@code b = (X'X)^-1 X'y}, residuals
 * {@code e_i = y_i - x_i'b}, {@code RSS = sum e_i^2}, {@code sigma^2 = RSS / (n - p)}, classical
 * covariance {@code sigma^2 (X'X)^-1}; HC0 {@code (X'X)^-1 (sum e_i^2 x_i x_i') (X'X)^-1}; HC1 =
 * HC0 {@code * n / (n - p)}; HC3 {@code (X'X)^-1 (sum e_i^2 / (1 - h_i)^2 x_i x_i') (X'X)^-1} with
 * leverage {@code h_i = x_i'(X'X)^-1 x_i}. {@code t = b / se}, two-sided p from Student t with
 * {@code n - p} degrees of freedom, CI {@code b +/- t(0.975, n - p) se}. {@code R^2 = 1 - RSS / TSS}
 * with {@code TSS = sum (y_i - mean y)^2}; adjusted {@code R^2 = 1 - (1 - R^2)(n - 1)/(n - p)}.
 *
 * <p>Streaming runs in two passes: pass one accumulates {@code X'X}, {@code X'y}, {@code y'y}
 * ({@link io.github.commissioningvfm.vfm.outcomes.regression.OlsAccumulator}); pass two, given the
 * solution, accumulates the residual sums and sandwich "meat"
 * ({@link io.github.commissioningvfm.vfm.outcomes.regression.ResidualAccumulator}). Both merge
 * by addition. Categorical covariates are dummy coded against a named reference level; columns
 * that are linear combinations of earlier ones are reported as aliased (as R's {@code lm} does)
 * and left out, never returned as NaN. Numeric covariates enter as their values, keyed by
 * participant id ({@link io.github.commissioningvfm.vfm.outcomes.regression.NumericCovariate});
 * {@link io.github.commissioningvfm.vfm.outcomes.regression.CovariateTable} describes every
 * covariate of a model (n, mean, sd, min, max; or count and share per level).
 */
package io.github.commissioningvfm.vfm.outcomes.regression;
