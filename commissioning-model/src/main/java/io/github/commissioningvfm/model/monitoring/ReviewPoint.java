package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;

/**
 * A contract or performance review that took place.
 *
 * @param date the day of the review
 * @param note what was reviewed or decided; may be empty
 * @since 0.1.0
 */
public record ReviewPoint(LocalDate date, String note) {

  /**
   * Creates a review point.
   *
   * @param date the day
   * @param note the note
   */
  public ReviewPoint {
    Args.notNull(date, "date");
    Args.notNull(note, "note");
  }
}
