/**
 * Who commissions and who provides: commissioners (integrated care boards, local authorities, NHS
 * England, joint committees, primary care networks), providers (NHS trusts and foundation trusts,
 * VCSE organisations with legal form and income band, independent sector, GP practices), their
 * ODS-style organisation codes and the spatial level (system, place, neighbourhood) they work at.
 */
package io.github.commissioningvfm.model.organisation;
