package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.OrganisationCode;

/**
 * A partner's annual contribution to a pooled budget.
 *
 * @param partner the partner's code
 * @param annualContribution its annual contribution; not negative
 * @since 0.1.0
 */
public record PartnerContribution(OrganisationCode partner, Money annualContribution) {

  /**
   * Creates a contribution.
   *
   * @param partner the partner's code
   * @param annualContribution its annual contribution
   */
  public PartnerContribution {
    Args.notNull(partner, "partner");
    Args.notNull(annualContribution, "annualContribution");
    Args.check(!annualContribution.isNegative(), "annualContribution", "not be negative", annualContribution);
  }
}
