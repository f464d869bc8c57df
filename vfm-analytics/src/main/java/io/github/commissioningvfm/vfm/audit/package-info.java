/**
 * Audit of an evaluation's printed figures: arithmetic checks of their internal consistency, each
 * inconsistency reported with its arithmetic. Inputs are the figures as printed ({@link
 * io.github.commissioningvfm.vfm.audit.PrintedFigure}: text, so that precision and digits are
 * known), grouped by the relation they must satisfy in {@link
 * io.github.commissioningvfm.vfm.audit.PublishedFigures}; {@link
 * io.github.commissioningvfm.vfm.audit.FigureAudit#of} runs the checks.
 *
 * <p><b>Rounding.</b> A figure printed with {@code d} decimal places stands for any value within
 * {@code 0.5 x 10^-d} of it. Every check works on these intervals (interval arithmetic: sums add the
 * ends, products and quotients take the extreme products), so a figure is called inconsistent only
 * when no unrounded values could make the relation hold.
 *
 * <p><b>Quotients.</b> {@code result = numerator / denominator}.
 *
 * <p><b>Regression at the means.</b> An OLS fit with an intercept passes through the means:
 * {@code mean y = b0 + sum_j b_j mean x_j}. The printed mean of the response must lie in
 * {@code b0 + sum_j b_j [low_j, high_j]}, where {@code [low_j, high_j]} holds the mean of covariate
 * {@code j} (the rounding of its printed mean, or a stated range such as the scale's range). Terms
 * whose coefficients were not printed are reported with the contribution they would need.
 *
 * <p><b>Unweighted / weighted VfM.</b> With improvement {@code d_i} and cost {@code cost_i} of
 * participant {@code i}, unweighted VfM {@code U = mean_i(d_i / cost_i)} and weighted VfM
 * {@code W = sum d_i / sum cost_i}.
 * <ul>
 *   <li>Equal shares, {@code cost_i = C / n}: {@code U = n mean(d) / C = W}, so {@code U / W = 1}.
 *   <li>Per session, {@code cost_i = c s_i} with sessions {@code s_i >= s_min > 0}: {@code c} cancels,
 *       {@code U = mean(r_i) / c} with {@code r_i = d_i / s_i} (improvement per session) and
 *       {@code W = mean(d) / (c mean(s))}, so {@code U / W = mean(r_i) mean(s) / mean(d)}: the ratio
 *       of the unweighted to the session-weighted mean of improvement per session. Since
 *       {@code r_i <= max(d_i, 0) / s_min}, and the mean of {@code max(d_i, 0)} is {@code mean(d) + D}
 *       where {@code D} is the mean of {@code max(-d_i, 0)} (deterioration), for {@code mean(d) > 0}:
 *       <pre>{@code U / W <= (mean(s) / s_min) x (mean(d) + D) / mean(d)}</pre>
 *       With nobody deteriorating ({@code D = 0}) the bound is {@code mean(s) / s_min}. The check
 *       also reports the cost per session the printed figures imply, {@code c = mean(d) / (W mean(s))},
 *       the improvement per session the printed {@code U} implies, {@code U c = mean(r_i)}, and the
 *       deterioration {@code D} the printed ratio would need.
 * </ul>
 *
 * <p><b>Slips of the pen.</b> For each relation above that fails, every single edit of one of its
 * printed figures is tried: two adjacent different digits swapped, or the decimal point moved one
 * place. Edits that make the relation hold are reported, with the other relations using the same
 * figure that the edit also reconciles or breaks.
 *
 * <p><b>Returns.</b> A printed return {@code p} (15% is 0.15) is read both ways: as an ROI ratio
 * (benefits / cost = {@code p}, net ROI {@code p - 1}) and as a net ROI (ROI ratio {@code 1 + p}).
 * When the evaluation states a formula and a meaning (gain or loss), the reading the formula gives
 * must agree with the meaning.
 *
 * <p><b>Signs.</b> A printed change, or a coefficient on a change score, means improvement when
 * {@code sign(figure) x improvementSign > 0}, where the orientation (change definition and the
 * measure's direction) gives {@code improvementSign}; it must agree with what the text says.
 *
 * <p>Findings are records that print with their arithmetic and, with the {@code vfm.jackson}
 * module registered, write to and read from JSON (property {@code "check"} names the finding type).
 */
package io.github.commissioningvfm.vfm.audit;
