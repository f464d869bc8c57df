package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;

/**
 * Something that happened to a service on a date, in one of possibly several concurrent cycles.
 *
 * @param cycle the cycle it belongs to, e.g. "2019 tender" or "place: crisis pathway"
 * @param date the date it happened
 * @param type what happened
 * @param note free text; may be empty
 * @since 0.1.0
 */
public record CommissioningEvent(String cycle, LocalDate date, EventType type, String note) {

  /**
   * Creates an event.
   *
   * @param cycle the cycle
   * @param date the date
   * @param type what happened
   * @param note free text
   */
  public CommissioningEvent {
    Args.notBlank(cycle, "cycle");
    Args.notNull(date, "date");
    Args.notNull(type, "type");
    Args.notNull(note, "note");
  }

  /**
   * Creates an event from an ISO date.
   *
   * @param cycle the cycle
   * @param date the date, e.g. "2024-03-28"
   * @param type what happened
   * @param note free text
   * @return the event
   */
  public static CommissioningEvent of(String cycle, String date, EventType type, String note) {
    return new CommissioningEvent(cycle, LocalDate.parse(Args.notNull(date, "date")), type, note);
  }
}
