package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.organisation.Commissioner;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which commissioner was responsible for a cycle, from when and until when. A history spanning the
 * 2022 transition records a clinical commissioning group until 30 June 2022 and its successor
 * integrated care board from 1 July 2022 as two responsibilities for the same cycle.
 *
 * @param cycle the cycle
 * @param commissioner the responsible commissioner
 * @param from the first day of the responsibility
 * @param until the last day, if it ended
 * @since 0.1.0
 */
public record Responsibility(String cycle, Commissioner commissioner, LocalDate from, Optional<LocalDate> until) {

  /**
   * Creates a responsibility.
   *
   * @param cycle the cycle
   * @param commissioner the commissioner
   * @param from the first day
   * @param until the last day, if any
   */
  public Responsibility {
    Args.notBlank(cycle, "cycle");
    Args.notNull(commissioner, "commissioner");
    Args.notNull(from, "from");
    Args.notNull(until, "until");
    Args.check(until.map(u -> !u.isBefore(from)).orElse(true), "until", "not be before from " + from, until);
  }

  /**
   * The responsibility in words: "grant: Northtown CCG (clinical commissioning group) from 2016-10-01 until 2023-03-31".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return cycle + ": " + commissioner.name() + " (" + commissioner.type().label() + ") from " + from
        + until.map(u -> " until " + u).orElse("");
  }

  /**
   * Whether the responsibility covers a date.
   *
   * @param date the date
   * @return true if from &lt;= date &lt;= until
   */
  public boolean covers(LocalDate date) {
    Args.notNull(date, "date");
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
