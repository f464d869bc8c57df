package io.github.commissioningvfm.model.procurement;

/**
 * The routes to an award: the five Provider Selection Regime processes (NHS England, "The
 * Provider Selection Regime: statutory guidance", April 2025), two grant routes, and the routes
 * commissioners use in practice to reach small VCSEs (Sheaff et al. 2024, HSDR 12(39), ch. 4,
 * source lines 1266-1272; ch. 7, lines 2587-2593): framework call-offs, awards kept below the
 * threshold, on-granting through an intermediary, and section 256 transfers.
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
  GRANT_DIRECT_OFFER(false),
  /**
   * A call-off from a framework agreement whose suppliers were chosen earlier; the call-off itself
   * is a direct award to a framework supplier.
   */
  FRAMEWORK_CALL_OFF(false),
  /** A contract kept below the value that requires open competition, awarded directly or on quotes. */
  BELOW_THRESHOLD_AWARD(false),
  /** Funds passed to an intermediary (infrastructure body, lead provider, alliance) that on-grants them, keeping a top-slice. */
  INTERMEDIARY_ON_GRANT(false),
  /** NHS money transferred to a local authority under section 256 of the NHS Act 2006, which then commissions. */
  SECTION_256_TRANSFER(false);

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
