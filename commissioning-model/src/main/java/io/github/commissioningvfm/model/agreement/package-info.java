/**
 * Agreements between commissioners and providers, as a sealed family: NHS Standard Contract (full
 * length or shorter form), grant agreement, sub-contract, GP contracts (GMS, PMS, APMS), enhanced
 * services (directed and local), Section 75 pooled-budget agreement, alliance agreement and service
 * level agreement.
 *
 * <p>Every agreement has the same {@link io.github.commissioningvfm.model.agreement.AgreementDetails}
 * (parties, term, annual value, payment mechanism, KPIs, outcome measures) and an immutable
 * {@link io.github.commissioningvfm.model.agreement.AgreementHistory} of variations, extensions
 * and roll-overs with their effective dates. The history is checked against the term: a variation
 * must fall inside the term in effect on its date, and each extension or roll-over must start
 * within the term and move the end date later, so that periods never overlap.
 */
package io.github.commissioningvfm.model.agreement;
