/**
 * The provider's side of a contract: what delivering it really costs a VCSE organisation, and who
 * pays for it.
 *
 * <p>Sheaff et al. (2024), "Consequences of how third sector organisations are commissioned in the
 * NHS and local authorities in England", Health and Social Care Delivery Research 12(39), found
 * that VCSEs rarely obtain full cost recovery: overheads, the support of volunteers and staff
 * backfill for meetings go unpaid (ch. 6, source line 2271), so the organisation makes a "hidden
 * subsidy" to its commissioner from its charitable funds (ch. 7, line 2639). This package makes
 * that visible:
 * <ul>
 * <li>{@link io.github.commissioningvfm.model.provider.ProviderCosts}: the full cost basis, with
 * fixed and variable parts, and {@link io.github.commissioningvfm.model.provider.FullCost} at a
 * volume;</li>
 * <li>{@link io.github.commissioningvfm.model.provider.Margin}: payment against full cost, as a
 * surplus or a hidden subsidy, and who really pays;</li>
 * <li>{@link io.github.commissioningvfm.model.provider.ProviderRiskView}: the mirror of the
 * commissioner's risk view, with income, cost and surplus at low, expected and high activity and
 * the break-even volumes.</li>
 * </ul>
 */
package io.github.commissioningvfm.model.provider;
