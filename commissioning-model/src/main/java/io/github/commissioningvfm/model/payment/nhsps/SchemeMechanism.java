package io.github.commissioningvfm.model.payment.nhsps;

/**
 * The four payment mechanisms of the NHS Payment Scheme.
 *
 * @since 0.1.0
 */
public enum SchemeMechanism {
  /** Aligned payment and incentive: fixed, variable (elective) and quality elements. */
  ALIGNED_PAYMENT_AND_INCENTIVE,
  /** Low volume activity block: the nationally set value, no in-year transactions. */
  LOW_VOLUME_ACTIVITY_BLOCK,
  /** Activity-based payment at NHSPS unit prices for non-NHS providers. */
  ACTIVITY_BASED_PAYMENT,
  /** A locally agreed, documented arrangement (block, cost per case, outcome-based and so on). */
  LOCAL_PAYMENT_ARRANGEMENT
}
