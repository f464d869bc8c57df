package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A KPI's measured value for one period.
 *
 * @param period the period's name, e.g. "2024/25 Q3"
 * @param periodEnd the last day of the period
 * @param value the measured value
 * @since 0.1.0
 */
public record KpiMeasurement(String period, LocalDate periodEnd, BigDecimal value) {

  /**
   * Creates a measurement.
   *
   * @param period the period
   * @param periodEnd its last day
   * @param value the value
   */
  public KpiMeasurement {
    Args.notBlank(period, "period");
    Args.notNull(periodEnd, "periodEnd");
    Args.notNull(value, "value");
  }
}
