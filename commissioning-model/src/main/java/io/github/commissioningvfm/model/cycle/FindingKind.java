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
  LATE_CONFIRMATION(Severity.OBSERVATION);

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
