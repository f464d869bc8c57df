/**
 * Cost allocation and value for money from participant-level change.
 *
 * <p>Allocation (declared, never implied): per session, {@code costPerSession = programmeCost /
 * sum(sessions)} and {@code cost_i = costPerSession * sessions_i}; or equal share,
 * {@code cost_i = programmeCost / n}. The sessions summed are those of the analysed participants
 * or of every attending row read, as declared in
 * {@link io.github.commissioningvfm.vfm.outcomes.value.CostAllocation}. By financial year, the same
 * rules apply within each cohort: a year's cost {@code C_y} goes only to the participants whose
 * first session fell in year {@code y}, {@code cost_i = C_y / sum_{j in y}(sessions_j) * sessions_i}
 * (or {@code C_y / n_y}); a cohort year without a cost, a cost year without participants, or a
 * participant without a first-session date is an error, never a silent drop. So is an analysed
 * participant allocated no cost (per session with 0 sessions, or outside the base), whose
 * {@code improvement_i / cost_i} has no value.
 *
 * <p>Both value-for-money figures are always reported, side by side and labelled, because they
 * answer different questions and are easily confused:
 * <ul>
 *   <li>unweighted mean VfM = {@code mean_i(improvement_i / cost_i)} (the typical participant's
 *       points per pound);</li>
 *   <li>cost-weighted VfM = {@code sum_i improvement_i / sum_i cost_i} (the programme's points
 *       per pound).</li>
 * </ul>
 * Also: cost per point = {@code sum cost / sum improvement}; and two estimands of the cost of a
 * clinically meaningful change, side by side: at the programme's rate,
 * {@code threshold / weighted VfM = threshold * cost per point}, and per participant reaching the
 * threshold, {@code sum cost / count(improvement >= threshold)}; VfM by dose (sessions attended) with
 * t intervals; and a diminishing-returns summary of the marginal improvement per extra session.
 */
package io.github.commissioningvfm.vfm.outcomes.value;
