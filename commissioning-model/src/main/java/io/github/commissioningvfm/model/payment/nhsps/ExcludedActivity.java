package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * Activity inside a relationship that the scheme excludes from its core mechanisms (for example
 * homecare drugs and devices, 2023/25 NHS Payment Scheme section 3.4, paragraph 70), which
 * commissioner and provider must pay for under a local arrangement.
 *
 * @param description what the activity is and why it is excluded
 * @param annualValue its expected annual value; not negative
 * @since 0.1.0
 */
public record ExcludedActivity(String description, Money annualValue) {

  /**
   * Creates an excluded activity.
   *
   * @param description what and why
   * @param annualValue its annual value
   */
  public ExcludedActivity {
    Args.notBlank(description, "description");
    Args.notNull(annualValue, "annualValue");
    Args.check(!annualValue.isNegative(), "annualValue", "not be negative", annualValue);
  }
}
