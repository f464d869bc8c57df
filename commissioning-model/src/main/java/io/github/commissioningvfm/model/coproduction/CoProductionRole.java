package io.github.commissioningvfm.model.coproduction;

/**
 * The role an organisation or citizen takes in a commissioning event (Sheaff et al. 2024, HSDR
 * 12(39), ch. 1, source line 544; ch. 7, line 2607).
 *
 * @since 0.1.0
 */
public enum CoProductionRole {
  /** Asked for views. */
  CONSULTEE(false),
  /** Gives advice the commissioner may take. */
  ADVISER(false),
  /** Helps write the service specification. */
  CO_DESIGNER(true),
  /** Delivers the service alongside others. */
  CO_DELIVERER(true),
  /** Helps monitor or evaluate the service. */
  CO_ASSESSOR(true),
  /** Shares in commissioning decisions. */
  STRATEGIC_PARTNER(true);

  private final boolean shared;

  CoProductionRole(boolean shared) {
    this.shared = shared;
  }

  /**
   * Whether the role shares the work or decisions of commissioning, beyond being consulted.
   *
   * @return true for co-designer, co-deliverer, co-assessor and strategic partner
   */
  public boolean sharesCommissioning() {
    return shared;
  }
}
