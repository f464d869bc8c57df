package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * When the provider is paid: grouped bars, one group per quarter, one bar per payment option, from
 * zero.
 *
 * @param title the title, naming the financial year and money basis
 * @param quarters the quarters in order, e.g. "Q1 (Apr-Jun)"
 * @param options one series per payment option, one amount per quarter
 * @since 0.1.0
 */
public record CashFlowChart(String title, List<String> quarters, List<AmountSeries> options) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param quarters quarters
   * @param options options
   */
  public CashFlowChart {
    Labels.check(title, "quarter", "received");
    quarters = List.copyOf(Args.notEmpty(Args.noNullElements(quarters, "quarters"), "quarters"));
    options = AmountSeries.aligned(quarters, options);
  }

  @Override
  public String xAxisLabel() {
    return "Quarter of the financial year";
  }

  @Override
  public String yAxisLabel() {
    return "Provider receives (GBP)";
  }
}
