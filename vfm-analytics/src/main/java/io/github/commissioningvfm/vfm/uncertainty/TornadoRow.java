package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.OptionalDouble;

/**
 * One bar of a tornado chart: the metric with the input at its low and high values, others at base.
 * A metric value is empty where it is undefined (an ROI ratio with zero investment).
 *
 * @param input the input's name
 * @param low the input's low value
 * @param high the input's high value
 * @param metricAtLow the metric with the input low
 * @param metricAtHigh the metric with the input high
 * @param swing {@code |metricAtHigh - metricAtLow|}, empty if either is undefined
 * @since 0.1.0
 */
public record TornadoRow(String input, double low, double high, OptionalDouble metricAtLow, OptionalDouble metricAtHigh,
    OptionalDouble swing) {
  /** Validates. */
  public TornadoRow {
    Args.notBlank(input, "input");
    Args.notNull(metricAtLow, "metricAtLow");
    Args.notNull(metricAtHigh, "metricAtHigh");
    Args.notNull(swing, "swing");
  }
}
