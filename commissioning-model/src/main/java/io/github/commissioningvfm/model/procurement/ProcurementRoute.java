package io.github.commissioningvfm.model.procurement;

/**
 * The routes to an award: the five Provider Selection Regime processes (NHS England, "The
 * Provider Selection Regime: statutory guidance", April 2025) and two grant routes.
 *
 * @since 0.1.0
 */
public enum ProcurementRoute {
  /** PSR direct award process A: an existing service that only the existing provider can deliver. */
  DIRECT_AWARD_A(false),
  /** PSR direct award process B: unrestricted patient choice, every qualifying provider contracted. */
  DIRECT_AWARD_B(false),
  /** PSR direct award process C: continuing with a satisfactory existing provider, no considerable change. */
  DIRECT_AWARD_C(false),
  /** PSR most suitable provider process: the authority identifies the most suitable provider without a competition. */
  MOST_SUITABLE_PROVIDER(false),
  /** PSR competitive process. */
  COMPETITIVE_PROCESS(true),
  /** An open grant round with published criteria. */
  GRANT_OPEN_ROUND(true),
  /** A grant offered directly to a named organisation. */
  GRANT_DIRECT_OFFER(false);

  private final boolean competitive;

  ProcurementRoute(boolean competitive) {
    this.competitive = competitive;
  }

  /**
   * Whether providers compete on this route.
   *
   * @return true for the competitive process and open grant rounds
   */
  public boolean isCompetitive() {
    return competitive;
  }
}
