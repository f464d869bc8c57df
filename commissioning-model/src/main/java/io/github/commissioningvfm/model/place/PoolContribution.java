package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * What one organisation pays into a pool.
 *
 * @param organisation the paying organisation
 * @param amount its contribution; positive
 * @since 0.1.0
 */
public record PoolContribution(String organisation, Money amount) {

  /**
   * Creates a contribution.
   *
   * @param organisation the payer
   * @param amount the amount
   */
  public PoolContribution {
    Args.notBlank(organisation, "organisation");
    Args.notNull(amount, "amount");
    Args.check(amount.isPositive(), "amount", "be positive", amount);
  }
}
