/**
 * Who commissions and who provides: commissioners (integrated care boards, local authorities, NHS
 * England, joint committees, primary care networks, and in time clinical commissioning groups until
 * 30 June 2022, integrated care partnerships and health and wellbeing boards, each with the dates
 * it could act), providers (including a local authority acting as provider) (NHS trusts and foundation trusts,
 * VCSE organisations with legal form and income band, independent sector, GP practices), their
 * ODS-style organisation codes and the spatial level (system, place, neighbourhood) they work at.
 */
package io.github.commissioningvfm.model.organisation;
