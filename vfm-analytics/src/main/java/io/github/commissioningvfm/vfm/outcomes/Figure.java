package io.github.commissioningvfm.vfm.outcomes;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * A labelled result with its definition: either a finite value (optionally with an interval) or
 * an explicit statement of why it is undefined. Never NaN or infinity.
 *
 * @param label the name shown in reports, e.g. "cost-weighted VfM"
 * @param definition the formula, e.g. "sum of improvements / sum of allocated costs"
 * @param unit the unit of the value, e.g. "score points per GBP"
 * @param value the value, if defined
 * @param interval a confidence interval, if one was computed
 * @param undefinedBecause why there is no value; empty when the value is present
 * @since 0.1.0
 */
public record Figure(String label, String definition, String unit, Optional<Double> value,
    Optional<Interval> interval, Optional<String> undefinedBecause) {

  /**
   * Creates a figure.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param value value, if defined
   * @param interval interval, if any
   * @param undefinedBecause reason, exactly when the value is absent
   */
  public Figure {
    Args.notBlank(label, "label");
    Args.notBlank(definition, "definition");
    Args.notNull(unit, "unit");
    Args.notNull(value, "value");
    Args.notNull(interval, "interval");
    Args.notNull(undefinedBecause, "undefinedBecause");
    value.ifPresent(v -> Args.finite(v, "value"));
    Args.check(value.isPresent() != undefinedBecause.isPresent(), "undefinedBecause",
        "be given exactly when the value is absent", undefinedBecause);
    Args.check(value.isPresent() || interval.isEmpty(), "interval", "be absent when the value is", interval);
  }

  /**
   * A defined figure.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param value the finite value
   * @return the figure
   */
  public static Figure of(String label, String definition, String unit, double value) {
    return new Figure(label, definition, unit, Optional.of(value), Optional.empty(), Optional.empty());
  }

  /**
   * An undefined figure.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param because why it cannot be computed
   * @return the figure
   */
  public static Figure undefined(String label, String definition, String unit, String because) {
    return new Figure(label, definition, unit, Optional.empty(), Optional.empty(),
        Optional.of(Args.notBlank(because, "because")));
  }

  /**
   * This figure with an interval attached.
   *
   * @param ci the interval
   * @return the figure with the interval
   * @throws IllegalStateException if the figure is undefined
   */
  public Figure withInterval(Interval ci) {
    if (value.isEmpty()) {
      throw new IllegalStateException("Figure '" + label + "' is undefined (" + undefinedBecause.get()
          + "); it cannot carry an interval");
    }
    return new Figure(label, definition, unit, value, Optional.of(Args.notNull(ci, "ci")), undefinedBecause);
  }

  /**
   * Whether the figure has a value.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return value.isPresent();
  }

  /**
   * The value, failing with the reason when undefined.
   *
   * @return the value
   * @throws IllegalStateException if undefined
   */
  public double valueOrThrow() {
    return value.orElseThrow(() -> new IllegalStateException(
        "Figure '" + label + "' is undefined: " + undefinedBecause.orElse("")));
  }

  @Override
  public String toString() {
    return label + " = " + value.map(v -> v + (unit.isEmpty() ? "" : " " + unit)
        + interval.map(i -> " [" + i.lower() + ", " + i.upper() + "]").orElse(""))
        .orElse("undefined (" + undefinedBecause.orElse("") + ")") + "; " + definition;
  }
}
