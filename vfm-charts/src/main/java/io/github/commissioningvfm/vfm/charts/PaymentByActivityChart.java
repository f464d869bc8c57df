package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * What the commissioner pays under each payment option at each activity scenario (e.g. low,
 * expected and high activity): grouped bars, one group per scenario, one bar per option, from zero.
 *
 * @param title the title, naming the money basis (e.g. "GBP, cash")
 * @param scenarios the activity scenarios, in words with their volumes, e.g. "low (1,500 cases)"
 * @param options one series per payment option, one amount per scenario
 * @since 0.1.0
 */
public record PaymentByActivityChart(String title, List<String> scenarios, List<AmountSeries> options)
    implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param scenarios scenarios
   * @param options options
   */
  public PaymentByActivityChart {
    Labels.check(title, "activity", "payment");
    scenarios = List.copyOf(Args.notEmpty(Args.noNullElements(scenarios, "scenarios"), "scenarios"));
    options = AmountSeries.aligned(scenarios, options);
  }

  @Override
  public String xAxisLabel() {
    return "Activity scenario";
  }

  @Override
  public String yAxisLabel() {
    return "Commissioner pays (GBP a year)";
  }
}
