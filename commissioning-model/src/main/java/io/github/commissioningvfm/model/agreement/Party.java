package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.organisation.Organisation;

/**
 * An organisation and its role in an agreement.
 *
 * @param organisation the organisation
 * @param role its role
 * @since 0.1.0
 */
public record Party(Organisation organisation, PartyRole role) {

  /**
   * Creates a party.
   *
   * @param organisation the organisation
   * @param role its role
   */
  public Party {
    Args.notNull(organisation, "organisation");
    Args.notNull(role, "role");
  }
}
