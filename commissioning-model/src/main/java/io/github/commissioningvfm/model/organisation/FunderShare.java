package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;

/**
 * How much of a VCSE organisation's income one funder provides: its dependency on that funder.
 *
 * @param funder the funder's code
 * @param amount the funder's income to the organisation in the year
 * @param share amount / total income, to four decimal places (half up)
 * @since 0.1.0
 */
public record FunderShare(OrganisationCode funder, Money amount, Proportion share) {

  /**
   * Creates a share.
   *
   * @param funder the funder
   * @param amount the amount
   * @param share the share of total income
   */
  public FunderShare {
    Args.notNull(funder, "funder");
    Args.notNull(amount, "amount");
    Args.notNull(share, "share");
  }
}
