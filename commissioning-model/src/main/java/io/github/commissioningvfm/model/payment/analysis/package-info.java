/**
 * Side-by-side views of payment options: the provider's cash flow (how much arrives in each
 * quarter under each mechanism's payment timing) and the commissioner's risk (spend at low,
 * expected and high activity, and the range between them).
 */
package io.github.commissioningvfm.model.payment.analysis;
