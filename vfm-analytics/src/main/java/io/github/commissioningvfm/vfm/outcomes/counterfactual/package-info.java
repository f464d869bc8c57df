/**
 * Counterfactual return on investment from contact records: each attended contact's stated
 * alternative ("where would you have gone otherwise?") is valued at that alternative's unit cost
 * for the contact's financial year, and the avoided cost is set against the programme cost.
 *
 * <p>Per year: {@code avoided = sum over alternatives of contacts x unit cost}; ROI ratio
 * {@code = avoided / programme cost} (GBP back per GBP 1); net ROI
 * {@code = (avoided - programme cost) / programme cost}. Both are always reported, labelled.
 * An alternative is either costed, declared zero-cost with a stated reason (for example
 * friends and family, whose informal time the analyst chose not to value), or unmapped;
 * unmapped contacts are listed and the ROI is marked incomplete, never silently costed at zero.
 * Costs of different price bases are never added: the analysis runs either in nominal terms
 * (each year in its own prices; no all-years total) or in the constant prices of one declared
 * year.
 */
package io.github.commissioningvfm.vfm.outcomes.counterfactual;
