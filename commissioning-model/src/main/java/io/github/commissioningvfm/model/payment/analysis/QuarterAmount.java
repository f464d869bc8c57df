package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialQuarter;

/**
 * Money received in one financial quarter.
 *
 * @param quarter the quarter
 * @param amount the amount received in it
 * @since 0.1.0
 */
public record QuarterAmount(FinancialQuarter quarter, Money amount) {

  /**
   * Creates an entry.
   *
   * @param quarter the quarter
   * @param amount the amount
   */
  public QuarterAmount {
    Args.notNull(quarter, "quarter");
    Args.notNull(amount, "amount");
  }
}
