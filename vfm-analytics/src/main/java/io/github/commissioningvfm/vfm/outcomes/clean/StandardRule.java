package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.vfm.outcomes.load.CellIssue;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.Optional;

/**
 * The built-in exclusion rules, in the order they are applied.
 *
 * @since 0.1.0
 */
public enum StandardRule implements ExclusionRule {
  /** The row had the wrong number of fields. */
  MALFORMED_ROW("row has the wrong number of fields"),
  /** Sessions attended is 0: assessed but never attended. */
  NEVER_ATTENDED("assessed but never attended (0 sessions)"),
  /** Baseline score blank or marked not available. */
  MISSING_BASELINE("baseline score missing (blank or n/a)"),
  /** Follow-up score blank or marked not available. */
  MISSING_FOLLOW_UP("follow-up score missing (blank or n/a)"),
  /**
   * A declared cell holds debris (error code, thousands separator, text, fractional sessions,
   * bad date), or the id or sessions cell is blank.
   */
  INVALID_CELL("a declared cell holds spreadsheet debris, or the id or sessions is blank"),
  /** A score lies outside the measure's range. */
  OUT_OF_RANGE("a score lies outside the measure's range"),
  /** The participant id already appeared on an earlier row (the earliest row is kept). */
  DUPLICATE_PARTICIPANT("participant id already appeared on an earlier row");

  private final String description;
  private final String id;

  StandardRule(String description) {
    this.description = description;
    this.id = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  @Override
  public String description() {
    return description;
  }

  /** The rule's id in reports: the constant's name in lower case with hyphens. */
  @Override
  public String id() {
    return id;
  }

  Optional<String> exclude(ParticipantData d, int row, int firstRowOfId) {
    switch (this) {
      case MALFORMED_ROW:
        return d.malformed(row);
      case NEVER_ATTENDED:
        return d.sessionsIssue(row).isEmpty() && d.sessions(row) == 0 ? Optional.of("sessions = 0") : Optional.empty();
      case MISSING_BASELINE:
        return missing(d.baselineIssue(row), d.schema().baselineColumn());
      case MISSING_FOLLOW_UP:
        return missing(d.followUpIssue(row), d.schema().followUpColumn());
      case INVALID_CELL:
        if (d.hasInvalidCell(row) || d.idIssue(row).isPresent() || d.sessionsIssue(row).isPresent()) {
          return Optional.of(d.problems(row).toString());
        }
        return Optional.empty();
      case OUT_OF_RANGE:
        OutcomeMeasure m = d.schema().measure();
        if (!m.inRange(d.baseline(row))) {
          return Optional.of(d.schema().baselineColumn() + " = " + d.baseline(row) + " outside [" + m.minScore()
              + ", " + m.maxScore() + "] of " + m.id());
        }
        if (!m.inRange(d.followUp(row))) {
          return Optional.of(d.schema().followUpColumn() + " = " + d.followUp(row) + " outside [" + m.minScore()
              + ", " + m.maxScore() + "] of " + m.id());
        }
        return Optional.empty();
      case DUPLICATE_PARTICIPANT:
        return firstRowOfId != row ? Optional.of("first seen on line " + d.line(firstRowOfId)) : Optional.empty();
      default:
        throw new IllegalStateException("unhandled rule " + this);
    }
  }

  private static Optional<String> missing(Optional<CellIssue> issue, String column) {
    return issue.filter(CellIssue::isMissing).map(i -> column + " " + i);
  }
}
