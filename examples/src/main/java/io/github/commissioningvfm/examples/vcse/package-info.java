/**
 * A small VCSE deciding whether to bid for a crisis service offered as a block, as cost per case
 * and as a grant: full cost, surplus or hidden subsidy, transaction costs, cash flow, demand risk
 * and the expected value of bidding. Illustrative figures; inputs taken from Sheaff et al. (2024),
 * HSDR 12(39), are cited where used.
 */
package io.github.commissioningvfm.examples.vcse;
