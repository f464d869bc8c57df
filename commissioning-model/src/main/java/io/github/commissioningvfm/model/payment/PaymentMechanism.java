package io.github.commissioningvfm.model.payment;

/**
 * How a provider is paid. Each mechanism turns an {@link ActivityReport} into a
 * {@link PaymentStatement} whose lines sum exactly to its total.
 *
 * <p>The family is closed: the NHS Payment Scheme's mechanisms for NHS providers, activity-based
 * payment, and the local arrangements. Any other arrangement that is a sum of parts is expressed
 * as a {@link Blended} mechanism. The arrangements voluntary-sector providers meet most often outside
 * the scheme are a block with per-case top-ups, spot purchase, personal budgets and grants paid in
 * advance.
 *
 * @since 0.1.0
 */
public sealed interface PaymentMechanism
    permits AlignedPaymentAndIncentive, LowVolumeActivityBlock, ActivityBasedPayment, Block, CapAndCollar,
        CostAndVolume, CostPerCase, Capitation, OutcomeBased, Blended,
        BlockWithTopUp, SpotPurchase, PersonalBudgets, GrantInAdvance {

  /**
   * A short name for the mechanism, used as the statement's mechanism name.
   *
   * @return the name
   */
  String name();

  /**
   * What the commissioner pays for the reported activity.
   *
   * @param actual what was delivered
   * @return the statement
   */
  PaymentStatement statement(ActivityReport actual);
}
