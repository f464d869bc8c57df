package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * One line of a payment statement.
 *
 * @param label what the line pays for, e.g. "fixed element"
 * @param amount the amount, rounded to the penny; negative for a deduction
 * @param timing when the money is paid
 * @param basis how the amount was computed, e.g. "120 x GBP 85.00"
 * @since 0.1.0
 */
public record PaymentLine(String label, Money amount, PaymentTiming timing, String basis) {

  /**
   * Creates a line.
   *
   * @param label what the line pays for
   * @param amount the amount
   * @param timing when the money is paid
   * @param basis how the amount was computed
   */
  public PaymentLine {
    Args.notBlank(label, "label");
    Args.notNull(amount, "amount");
    Args.notNull(timing, "timing");
    Args.notBlank(basis, "basis");
  }

  /**
   * The same line with its label prefixed, as used when a blended statement collects its parts.
   *
   * @param prefix the prefix, e.g. the part's name
   * @return the relabelled line
   */
  public PaymentLine prefixed(String prefix) {
    return new PaymentLine(Args.notBlank(prefix, "prefix") + ": " + label, amount, timing, basis);
  }
}
