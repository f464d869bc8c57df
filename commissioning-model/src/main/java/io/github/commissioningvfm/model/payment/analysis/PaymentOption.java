package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled payment mechanism being compared with others.
 *
 * @param label the option's label, e.g. "block"
 * @param mechanism the mechanism
 * @since 0.1.0
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

  /**
   * Checks that a list of options is not empty and that no two options share a label.
   *
   * @param options the options
   */
  public static void requireDistinctLabels(List<PaymentOption> options) {
    Args.notEmpty(options, "options");
    Set<String> labels = new HashSet<>();
    for (PaymentOption option : options) {
      Args.check(labels.add(option.label()), "options", "have distinct labels, duplicate", "'" + option.label() + "'");
    }
  }
}
