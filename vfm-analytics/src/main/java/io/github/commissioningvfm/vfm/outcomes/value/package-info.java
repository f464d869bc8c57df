/**
 * Cost allocation and value for money from participant-level change.
 *
 * <p>Allocation (declared, never implied): per session, {@code costPerSession = programmeCost /
 * sum(sessions)} and {@code cost_i = costPerSession * sessions_i}; or equal share,
 * {@code cost_i = programmeCost / n}. The sessions summed are those of the analysed participants
 * or of every attending row read, as declared in
 * {@link io.github.commissioningvfm.vfm.outcomes.value.CostAllocation}.
 *
 * <p>Both value-for-money figures are always reported, side by side and labelled, because they
 * answer different questions and are easily confused:
 * <ul>
 *   <li>unweighted mean VfM = {@code mean_i(improvement_i / cost_i)} (the typical participant's
 *       points per pound);</li>
 *   <li>cost-weighted VfM = {@code sum_i improvement_i / sum_i cost_i} (the programme's points
 *       per pound).</li>
 * </ul>
 * Also: cost per point = {@code sum cost / sum improvement}; cost per clinically meaningful
 * change = {@code sum cost / count(improvement >= MCID)}; VfM by dose (sessions attended) with
 * t intervals; and a diminishing-returns summary of the marginal improvement per extra session.
 */
package io.github.commissioningvfm.vfm.outcomes.value;
