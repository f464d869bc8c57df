/**
 * How a provider is chosen: the Provider Selection Regime routes (direct award processes A, B and
 * C, most suitable provider, competitive process; Health Care Services (Provider Selection Regime)
 * Regulations 2023, in force 1 January 2024) and grant-award routes, the regime's five key
 * criteria, the justification recorded for any non-competitive award, and weighted bid evaluation
 * with a quality / price split, criterion weights summing to 100%, ranking and ties. The regime as
 * a decision: {@link io.github.commissioningvfm.model.procurement.PsrAssessment} says which
 * processes are mandatory, open or closed in given circumstances and why (regulation 6), with the
 * considerable change threshold that closes direct award process C as a value of its own
 * ({@link io.github.commissioningvfm.model.procurement.ConsiderableChangeThreshold}: GBP 500,000,
 * its percentage left empty until a caller supplies the figure read in the regulation), and
 * records the chosen process, the notice of intention, the standstill period (regulation 12) and
 * the award as cycle events. Modifying a contract during its term:
 * {@link io.github.commissioningvfm.model.procurement.PsrModificationAssessment} says whether a
 * {@link io.github.commissioningvfm.model.procurement.PsrModification} is permitted without a new
 * procurement process, on which ground of regulation 13(1), and whether a transparency notice is
 * needed.
 */
package io.github.commissioningvfm.model.procurement;
