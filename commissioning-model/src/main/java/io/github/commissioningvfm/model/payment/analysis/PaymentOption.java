package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.payment.PaymentMechanism;

/**
 * A labelled payment mechanism being compared with others.
 *
 * @param label the option's label, e.g. "block"
 * @param mechanism the mechanism
 */
public record PaymentOption(String label, PaymentMechanism mechanism) {

  /**
   * Creates an option.
   *
   * @param label the label
   * @param mechanism the mechanism
   */
  public PaymentOption {
    Args.notBlank(label, "label");
    Args.notNull(mechanism, "mechanism");
  }
}
