/**
 * The {@code payment-options} worked example: one VCSE crisis service priced under block,
 * cap-and-collar, cost per case, outcome-based and blended arrangements, what the commissioner
 * pays at low, expected and high activity, when the provider is paid, and which mechanism the
 * NHS Payment Scheme would apply to an NHS trust of the same value.
 */
package io.github.commissioningvfm.examples.payment;
