/**
 * Integration at Place: who delegates what to whom and when ({@link
 * io.github.commissioningvfm.model.place.Delegation}, {@link
 * io.github.commissioningvfm.model.place.DelegationHistory}), the decision rights a Place committee
 * holds (decide, recommend with a ratification chain, or advise), a programme or workstream axis
 * beside geography ({@link io.github.commissioningvfm.model.place.WorkstreamSpend}), pooled
 * arrangements under Section 75 of the NHS Act 2006 and the Better Care Fund with separate payer,
 * commissioner and manager roles, population and year-of-care budgets, and appraisal results per
 * organisation beside the whole system's.
 *
 * <p>The shape follows the 2025 study of the commissioning structures and processes needed for
 * integrated care at Place and Neighbourhood level in three integrated care systems: decision rights mattered more than structures; committees that could only
 * recommend needed sign-off by higher committees, and organisations then defaulted to their own
 * priorities; Section 75 agreements and the Better Care Fund were the main local pooling
 * mechanisms; and joint decisions were hampered because budgets stayed with individual
 * organisations (executive summary, key findings and recommendations).
 */
package io.github.commissioningvfm.model.place;
