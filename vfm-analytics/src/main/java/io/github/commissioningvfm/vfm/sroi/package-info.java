/**
 * Social return on investment (SROI), following the stages of the Cabinet Office's "A guide to
 * Social Return on Investment" (2009, updated 2012).
 *
 * <p>An {@link io.github.commissioningvfm.vfm.sroi.ImpactMap} lists, per stakeholder and outcome, the
 * indicator, quantity, financial proxy, duration and the adjustments deadweight, displacement,
 * attribution and drop-off. For each row:
 * {@code impact = quantity x proxy x (1 - deadweight) x (1 - displacement) x (1 - attribution)};
 * the value in year {@code k = 1..duration} is {@code impact x (1 - dropOff)^(k-1)}; its present
 * value is {@code sum_k value(k) x D(k)}, discounting from year 1 as in the Guide's worked
 * calculations, the investment being made at the start. Then
 * {@code SROI ratio = total present value / investment} and
 * {@code net SROI ratio = (total present value - investment) / investment}.
 *
 * <p>{@link io.github.commissioningvfm.vfm.sroi.SroiStrategy} gives the same ratios for an
 * appraisal, taking each benefit stream of an option (already adjusted) as a line of the impact
 * map and the option's costs over the counterfactual's as the investment.
 */
package io.github.commissioningvfm.vfm.sroi;
