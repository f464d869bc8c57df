package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something a commissioning history shows: a contradiction, a gap or an observation.
 *
 * @param kind what kind of finding
 * @param cycle the cycle it concerns
 * @param date the date of the event it concerns, if any
 * @param message the finding in words
 * @since 0.1.0
 */
public record Finding(FindingKind kind, String cycle, Optional<LocalDate> date, String message) {

  /**
   * Creates a finding.
   *
   * @param kind the kind
   * @param cycle the cycle
   * @param date the event's date, if any
   * @param message the finding in words
   */
  public Finding {
    Args.notNull(kind, "kind");
    Args.notBlank(cycle, "cycle");
    Args.notNull(date, "date");
    Args.notBlank(message, "message");
  }
}
