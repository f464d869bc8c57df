package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period an agreement runs for, both dates included.
 *
 * @param start the first day
 * @param end the last day; after the start
 * @since 0.1.0
 */
public record Term(LocalDate start, LocalDate end) {

  /**
   * Creates a term.
   *
   * @param start the first day
   * @param end the last day; after the start
   */
  public Term {
    Args.notNull(start, "start");
    Args.notNull(end, "end");
    Args.check(end.isAfter(start), "end", "be after the start (" + start + ")", end);
  }

  /**
   * Creates a term.
   *
   * @param start the first day, ISO form
   * @param end the last day, ISO form
   * @return the term
   */
  public static Term of(String start, String end) {
    return new Term(LocalDate.parse(Args.notNull(start, "start")), LocalDate.parse(Args.notNull(end, "end")));
  }

  /**
   * Whether a date lies within the term.
   *
   * @param date the date
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    Args.notNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * The term's length in days, both ends included.
   *
   * @return {@code end - start + 1} days
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The same start with a later end.
   *
   * @param newEnd the new last day
   * @return the longer term
   */
  public Term withEnd(LocalDate newEnd) {
    return new Term(start, newEnd);
  }

  /**
   * The ISO form, {@code "2025-04-01..2026-03-31"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
