package io.github.commissioningvfm.model.cycle;

/**
 * What a finding about a commissioning history says.
 *
 * @since 0.1.0
 */
public enum FindingKind {
  /** An award with no procurement route chosen before it in the same cycle. */
  AWARD_WITHOUT_PROCUREMENT_ROUTE(Severity.CONTRADICTION),
  /** A contract start after the contract's end or decommissioning in the same cycle. */
  START_AFTER_END(Severity.CONTRADICTION),
  /** An extension, roll-over or variation with no contract start before it. */
  CHANGE_BEFORE_START(Severity.CONTRADICTION),
  /** No needs assessment recorded in the cycle. */
  NO_NEEDS_ASSESSMENT(Severity.GAP),
  /** No performance review or evaluation recorded in the cycle. */
  NO_MONITORING(Severity.GAP),
  /** An evaluation that no later planning event in the cycle followed. */
  EVALUATION_NOT_FED_BACK(Severity.OBSERVATION),
  /** Repeated roll-overs without re-procurement. */
  REPEATED_ROLL_OVERS(Severity.OBSERVATION),
  /** An extension or roll-over confirmed in the last seven days of the financial year. */
  LATE_CONFIRMATION(Severity.OBSERVATION),
  /**
   * An organisation that co-designed the specification was barred from bidding to deliver it
   * (Sheaff et al. 2024, HSDR 12(39), ch. 4, source line 1258; ch. 7, line 2587).
   */
  CO_DESIGNER_BARRED_FROM_BIDDING(Severity.OBSERVATION),
  /** Less time between the tender being issued and the bid deadline than the stated minimum. */
  SHORT_BID_WINDOW(Severity.OBSERVATION),
  /** Reporting that costs the provider more than the stated share of the agreement's value. */
  DISPROPORTIONATE_REPORTING(Severity.OBSERVATION),
  // Commissioners in time: added as one block.
  /** An event recorded for a commissioner on a date when that kind of body did not exist (a CCG after June 2022). */
  COMMISSIONER_NOT_IN_EXISTENCE(Severity.CONTRADICTION);

  private final Severity severity;

  FindingKind(Severity severity) {
    this.severity = severity;
  }

  /**
   * How serious a finding of this kind is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /** How serious a finding is. */
  public enum Severity {
    /** The log contradicts itself. */
    CONTRADICTION,
    /** Part of the cycle is missing. */
    GAP,
    /** A pattern worth knowing about. */
    OBSERVATION
  }
}
