package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Figure;

/**
 * One bar of a tornado chart: the metric with the input at its low and high values, others at base.
 *
 * @param input the input's name
 * @param low the input's low value
 * @param high the input's high value
 * @param metricAtLow the metric with the input low (possibly undefined)
 * @param metricAtHigh the metric with the input high (possibly undefined)
 * @param swing {@code |metricAtHigh - metricAtLow|}, undefined if either is
 * @since 0.1.0
 */
public record TornadoRow(String input, double low, double high, Figure metricAtLow, Figure metricAtHigh, Figure swing) {
  /** Validates. */
  public TornadoRow {
    Args.notBlank(input, "input");
    Args.finite(low, "low");
    Args.finite(high, "high");
    Args.notNull(metricAtLow, "metricAtLow");
    Args.notNull(metricAtHigh, "metricAtHigh");
    Args.notNull(swing, "swing");
  }
}
