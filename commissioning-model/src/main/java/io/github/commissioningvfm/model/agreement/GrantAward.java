package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * The amount a grant awards for one financial year.
 *
 * @param year the financial year
 * @param amount the award; not negative
 * @since 0.1.0
 */
public record GrantAward(FinancialYear year, Money amount) {

  /**
   * Creates an award.
   *
   * @param year the year
   * @param amount the amount
   */
  public GrantAward {
    Args.notNull(year, "year");
    Args.notNull(amount, "amount");
    Args.check(!amount.isNegative(), "amount", "not be negative", amount);
  }
}
