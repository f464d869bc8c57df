/**
 * Payment mechanisms and the statements they produce.
 *
 * <p>A {@link io.github.commissioningvfm.model.payment.PaymentMechanism} is what a commissioner and
 * a provider agreed about money; an {@link io.github.commissioningvfm.model.payment.ActivityReport}
 * is what actually happened in a year (units delivered per currency code, outcome triggers met,
 * share of the quality incentive earned). Applying the one to the other gives a
 * {@link io.github.commissioningvfm.model.payment.PaymentStatement}: named line items, each rounded
 * half-up to the penny once, and a total that is by construction their exact sum.
 *
 * <p>The family is sealed. It holds the NHS Payment Scheme mechanisms for NHS providers (aligned
 * payment and incentive, low volume activity block), activity-based payment for services with
 * national unit prices, and the local arrangements seen in VCSE mental-health commissioning: block,
 * block with cap and collar, cost and volume, cost per case, capitation, outcome-based and
 * blended (any sum of the others). Every mechanism states its formula in its javadoc. Each line
 * carries a {@link io.github.commissioningvfm.model.payment.PaymentTiming} so that cash flow by
 * quarter can be derived from the statement.
 */
package io.github.commissioningvfm.model.payment;
