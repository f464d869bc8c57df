package io.github.commissioningvfm.model.coproduction;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.internal.Args;

/**
 * An organisation's part in one commissioning event.
 *
 * @param event the event
 * @param organisation who took part
 * @param role the role taken
 * @since 0.1.0
 */
public record Participation(CommissioningEvent event, String organisation, CoProductionRole role) {

  /**
   * Creates a participation.
   *
   * @param event the event
   * @param organisation who took part
   * @param role the role
   */
  public Participation {
    Args.notNull(event, "event");
    Args.notBlank(organisation, "organisation");
    Args.notNull(role, "role");
  }
}
