package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * One payment option's cash flow and the working capital it asks of the provider.
 *
 * @param option the option's label
 * @param cashFlow when the money arrives
 * @param workingCapitalNeed {@link QuarterlyCashFlow#workingCapitalNeed(Money)} at the provider's annual cost
 * @since 0.1.0
 */
public record OptionCashFlow(String option, QuarterlyCashFlow cashFlow, Money workingCapitalNeed) {

  /**
   * Creates a row.
   *
   * @param option the option's label
   * @param cashFlow the cash flow
   * @param workingCapitalNeed the working capital needed
   */
  public OptionCashFlow {
    Args.notBlank(option, "option");
    Args.notNull(cashFlow, "cashFlow");
    Args.notNull(workingCapitalNeed, "workingCapitalNeed");
  }
}
