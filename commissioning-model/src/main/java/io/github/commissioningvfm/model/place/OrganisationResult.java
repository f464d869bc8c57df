package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * What one organisation pays and saves under an option.
 *
 * @param organisation the organisation
 * @param costs what it pays; not negative
 * @param savings what it saves (cashable or not); not negative
 * @since 0.1.0
 */
public record OrganisationResult(String organisation, Money costs, Money savings) {

  /**
   * Creates a result.
   *
   * @param organisation the organisation
   * @param costs its costs
   * @param savings its savings
   */
  public OrganisationResult {
    Args.notBlank(organisation, "organisation");
    Args.notNull(costs, "costs");
    Args.notNull(savings, "savings");
    Args.check(!costs.isNegative(), "costs", "not be negative", costs);
    Args.check(!savings.isNegative(), "savings", "not be negative", savings);
  }

  /**
   * The organisation's net result: savings - costs.
   *
   * @return the net
   */
  public Money net() {
    return savings.minus(costs);
  }
}
