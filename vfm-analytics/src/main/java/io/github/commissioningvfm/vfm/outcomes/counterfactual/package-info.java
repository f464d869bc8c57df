/**
 * Counterfactual return on investment from contact records: each attended contact's stated
 * alternative ("where would you have gone otherwise?") is valued at that alternative's unit cost
 * for the contact's financial year, and the avoided cost is set against the programme cost. The
 * result is the library's one ROI result, {@link io.github.commissioningvfm.vfm.roi.RoiResult}.
 *
 * <p>Per year: {@code avoided = sum over alternatives of contacts x unit cost}; ROI ratio
 * {@code = avoided / programme cost} (pounds back per pound spent); net ROI
 * {@code = (avoided - programme cost) / programme cost}. Both are always reported, labelled.
 * All years: the same over the sums of every year's avoided and programme cost, each put in one price
 * base ({@link io.github.commissioningvfm.vfm.outcomes.counterfactual.PriceBasis}).
 * Per alternative and year, the alternative's own ROI {@code = unit cost / programme cost per contact},
 * with {@code programme cost per contact = programme cost / contacts analysed in the year}; a year's
 * ROI ratio is then the contact-weighted mean of its alternatives' ratios.
 *
 * <p>An alternative is either costed, declared zero-cost with a stated reason (for example
 * friends and family, whose informal time the analyst chose not to value), or unmapped;
 * unmapped contacts are listed and the ROI is marked incomplete, never silently costed at zero.
 * Which published edition values each year is explicit
 * ({@link io.github.commissioningvfm.vfm.outcomes.counterfactual.UnitCostBasis}): each year's own
 * edition with a stated fallback index, or one edition rebased. Costs of different price bases are
 * never added.
 */
package io.github.commissioningvfm.vfm.outcomes.counterfactual;
