package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.report.TextReport;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Deterministic sensitivity results for one option and metric: base value, tornado rows (largest
 * swing first) and switching values.
 *
 * @param strategyId the id of the strategy evaluated
 * @param option the option's name
 * @param metric the metric's id
 * @param metricLabel the metric's label
 * @param switchingTarget the value at which the decision switches
 * @param baseValue the metric in the base case (possibly undefined)
 * @param tornado the tornado rows, largest swing first
 * @param switching the switching values, in input order
 */
public record SensitivityTables(String strategyId, String option, String metric, String metricLabel,
    double switchingTarget, Figure baseValue, List<TornadoRow> tornado, List<SwitchingValue> switching) {

  /** Validates and copies. */
  public SensitivityTables {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(option, "option");
    Args.notBlank(metric, "metric");
    Args.notBlank(metricLabel, "metricLabel");
    Args.finite(switchingTarget, "switchingTarget");
    Args.notNull(baseValue, "baseValue");
    tornado = List.copyOf(Args.noNullElements(tornado, "tornado"));
    switching = List.copyOf(Args.noNullElements(switching, "switching"));
  }

  /**
   * The tornado table, ready to print or chart.
   *
   * @return the table
   */
  public ResultTable tornadoTable() {
    ResultTable.Builder t = ResultTable.builder("One-way sensitivity (tornado) of " + metricLabel + " for '" + option
        + "' [" + strategyId + "], base " + baseValue, "input", "low", "high", metricLabel + " at low",
        metricLabel + " at high", "swing");
    for (TornadoRow r : tornado) {
      t.row(r.input(), number(r.low()), number(r.high()), r.metricAtLow(), r.metricAtHigh(), r.swing());
    }
    return t.build();
  }

  /**
   * The switching-value table.
   *
   * @return the table
   */
  public ResultTable switchingTable() {
    ResultTable.Builder t = ResultTable.builder("Switching values (" + metricLabel + " = "
        + Figure.significant(BigDecimal.valueOf(switchingTarget)) + ") for '" + option + "'", "input", "base",
        "switching value");
    for (SwitchingValue s : switching) {
      t.row(s.input(), number(s.base()), s.value());
    }
    return t.build();
  }

  private static Figure number(double v) {
    return new Figure.Quantity(BigDecimal.valueOf(v), "");
  }

  @Override
  public String toString() {
    return TextReport.render(tornadoTable()) + "\n" + TextReport.render(switchingTable());
  }
}
