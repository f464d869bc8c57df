package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;

/**
 * A KPI's target: a value, which side of it is good, and the unit.
 *
 * @param direction at least or at most
 * @param value the target value
 * @param unit the unit, e.g. "%" or "days"
 * @since 0.1.0
 */
public record KpiTarget(KpiDirection direction, BigDecimal value, String unit) {

  /**
   * Creates a target.
   *
   * @param direction the direction
   * @param value the value
   * @param unit the unit
   */
  public KpiTarget {
    Args.notNull(direction, "direction");
    Args.notNull(value, "value");
    Args.notNull(unit, "unit");
  }

  /**
   * Whether a measured value meets the target.
   *
   * @param measured the measured value
   * @return true if on the good side of the target (equal counts as met)
   */
  public boolean metBy(BigDecimal measured) {
    int c = Args.notNull(measured, "measured").compareTo(value);
    return direction == KpiDirection.AT_LEAST ? c >= 0 : c <= 0;
  }

  @Override
  public String toString() {
    return (direction == KpiDirection.AT_LEAST ? "at least " : "at most ") + value.toPlainString() + unit;
  }
}
