package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Format;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Deterministic sensitivity results for one option and metric: base value, tornado rows (largest
 * swing first) and switching values.
 *
 * @param option the option's name
 * @param metric the metric followed
 * @param baseValue the metric in the base case (empty if undefined)
 * @param tornado the tornado rows, largest swing first
 * @param switching the switching values, in input order
 * @since 0.1.0
 */
public record SensitivityTables(String option, Metric metric, OptionalDouble baseValue, List<TornadoRow> tornado,
    List<SwitchingValue> switching) {

  /** Validates and copies. */
  public SensitivityTables {
    Args.notBlank(option, "option");
    Args.notNull(metric, "metric");
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
    ResultTable.Builder t = ResultTable.builder("One-way sensitivity (tornado) of " + metric + " for '" + option
        + "', base " + text(baseValue), "input", "low", "high", metric + " at low", metric + " at high", "swing");
    for (TornadoRow r : tornado) {
      t.row(r.input(), Format.decimal(r.low(), 4), Format.decimal(r.high(), 4), text(r.metricAtLow()),
          text(r.metricAtHigh()), text(r.swing()));
    }
    return t.build();
  }

  /**
   * The switching-value table.
   *
   * @return the table
   */
  public ResultTable switchingTable() {
    ResultTable.Builder t = ResultTable.builder("Switching values (" + metric + " = " + metric.switchingTarget()
        + ") for '" + option + "'", "input", "base", "switching value", "note");
    for (SwitchingValue s : switching) {
      t.row(s.input(), Format.decimal(s.base(), 4), text(s.value()), s.note());
    }
    return t.build();
  }

  private static String text(OptionalDouble v) {
    return v.isPresent() ? Format.decimal(v.getAsDouble(), 4) : "undefined";
  }
}
