package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a stage happened in a cycle: from its first to its last recorded event.
 *
 * @param cycle the cycle
 * @param stage the stage
 * @param first the date of its first event
 * @param last the date of its last event
 * @param events how many events it holds
 * @since 0.1.0
 */
public record StageSpan(String cycle, CycleStage stage, LocalDate first, LocalDate last, int events) {

  /**
   * Creates a span.
   *
   * @param cycle the cycle
   * @param stage the stage
   * @param first the first event's date
   * @param last the last event's date; not before the first
   * @param events how many events; positive
   */
  public StageSpan {
    Args.notBlank(cycle, "cycle");
    Args.notNull(stage, "stage");
    Args.notNull(first, "first");
    Args.notNull(last, "last");
    Args.check(!last.isBefore(first), "last", "not be before the first (" + first + ")", last);
    Args.positive(events, "events");
  }

  /**
   * How long the stage took: {@code last - first} in days (zero for a single event).
   *
   * @return the days
   */
  public long days() {
    return ChronoUnit.DAYS.between(first, last);
  }
}
