package io.github.commissioningvfm.model.payment.nhsps;

/**
 * The four payment mechanisms of the NHS Payment Scheme.
 *
 * @since 0.1.0
 */
public enum SchemeMechanism {
  /** Aligned payment and incentive: fixed, variable (elective) and quality elements. */
  ALIGNED_PAYMENT_AND_INCENTIVE("aligned payment and incentive (API)"),
  /** Low volume activity block: the nationally set value, no in-year transactions. */
  LOW_VOLUME_ACTIVITY_BLOCK("low volume activity (LVA) block payment"),
  /** Activity-based payment at NHSPS unit prices for non-NHS providers. */
  ACTIVITY_BASED_PAYMENT("activity-based payment"),
  /** A locally agreed, documented arrangement (block, cost per case, outcome-based and so on). */
  LOCAL_PAYMENT_ARRANGEMENT("local payment arrangement");

  private final String label;

  SchemeMechanism(String label) {
    this.label = label;
  }

  /**
   * The mechanism in words, e.g. "aligned payment and incentive (API)".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
