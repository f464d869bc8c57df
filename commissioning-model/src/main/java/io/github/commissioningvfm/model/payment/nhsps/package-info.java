/**
 * The NHS Payment Scheme as data: its editions (2023/25, 2025/26), each read from a versioned
 * resource file whose every parameter cites the scheme document and section; the selection of one
 * of the scheme's four payment mechanisms for a whole provider–commissioner relationship, with the
 * chain of cited rules (NHS England's directly commissioned services under API whatever their
 * value, LVA only where NHS England mandated an LVA value, the 2025/26 exclusion of mental health
 * lead provider collaborative contracts from LVA, excluded activity to local arrangements); the
 * cost uplift and efficiency factors by edition, empty with the reason where not verified; and
 * local variations and local modifications and their effect on a payment statement.
 */
package io.github.commissioningvfm.model.payment.nhsps;
