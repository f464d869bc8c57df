package io.github.commissioningvfm.vfm.outcomes;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A labelled estimate of the outcome pipeline with its definition: a {@link Figure} (a quantity in a
 * unit, or undefined with the reason), optionally with a confidence interval. Never NaN or infinity.
 *
 * @param label the name shown in reports, e.g. "cost-weighted VfM"
 * @param definition the formula, e.g. "sum of improvements / sum of allocated costs"
 * @param unit the unit of the value, e.g. "score points per GBP"
 * @param value the value as a {@link Figure.Quantity}, or {@link Figure.Undefined} with the reason
 * @param interval a confidence interval, if one was computed (only for a defined value)
 * @since 0.1.0
 */
public record Estimate(String label, String definition, String unit, Figure value, Optional<Interval> interval) {

  /**
   * Creates an estimate.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param value a quantity or an undefined figure
   * @param interval interval, if any
   */
  public Estimate {
    Args.notBlank(label, "label");
    Args.notBlank(definition, "definition");
    Args.notNull(unit, "unit");
    Args.notNull(value, "value");
    Args.check(value instanceof Figure.Quantity || value instanceof Figure.Undefined, "value",
        "be a quantity or undefined", value);
    Args.notNull(interval, "interval");
    Args.check(value.isDefined() || interval.isEmpty(), "interval", "be absent when the value is", interval);
  }

  /**
   * A defined estimate.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param value the finite value
   * @return the estimate
   */
  public static Estimate of(String label, String definition, String unit, double value) {
    Args.finite(value, "value");
    return new Estimate(label, definition, unit, new Figure.Quantity(BigDecimal.valueOf(value), unit),
        Optional.empty());
  }

  /**
   * An undefined estimate.
   *
   * @param label name
   * @param definition formula
   * @param unit unit
   * @param because why it cannot be computed
   * @return the estimate
   */
  public static Estimate undefined(String label, String definition, String unit, String because) {
    return new Estimate(label, definition, unit, new Figure.Undefined(because), Optional.empty());
  }

  /**
   * This estimate with an interval attached.
   *
   * @param ci the interval
   * @return the estimate with the interval
   * @throws IllegalStateException if the estimate is undefined
   */
  public Estimate withInterval(Interval ci) {
    if (!value.isDefined()) {
      throw new IllegalStateException("Estimate '" + label + "' is " + value + "; it cannot carry an interval");
    }
    return new Estimate(label, definition, unit, value, Optional.of(Args.notNull(ci, "ci")));
  }

  /**
   * Whether the estimate has a value.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return value.isDefined();
  }

  /**
   * The value, failing with the reason when undefined.
   *
   * @return the value
   * @throws IllegalStateException if undefined
   */
  public double valueOrThrow() {
    return value.toDouble().orElseThrow(() -> new IllegalStateException("Estimate '" + label + "' is " + value));
  }

  /**
   * Why the estimate is undefined.
   *
   * @return the reason, or empty if defined
   */
  public Optional<String> undefinedBecause() {
    return value instanceof Figure.Undefined u ? Optional.of(u.reason()) : Optional.empty();
  }

  /** {@code label = value [interval]; definition}, e.g. {@code mean improvement = 3.210 points, 95% t interval [2.9, 3.5]; ...}. */
  @Override
  public String toString() {
    return label + " = " + value + interval.map(i -> ", " + i).orElse("") + "; " + definition;
  }
}
