/**
 * The NHS Payment Scheme as data: its editions (2023/25, 2025/26), each read from a versioned
 * resource file whose every parameter cites the scheme document and section, and the rule that
 * decides which of the scheme's four payment mechanisms applies to a funding flow, from the
 * provider type and the expected annual value, with an explanation.
 */
package io.github.commissioningvfm.model.payment.nhsps;
