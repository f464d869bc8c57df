package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Amounts in pounds as grouped bars, one group per category and one bar per series, on an axis that
 * includes zero (so a negative amount, such as a provider's deficit, reads below the line).
 *
 * @param title the title, naming the price base or cash basis, e.g. "... (GBP, 2024/25 prices)"
 * @param xAxisLabel the category axis label
 * @param yAxisLabel the amount axis label with its unit, e.g. "GBP a year"
 * @param categories the categories along the horizontal axis, in words
 * @param series the series, each with one amount per category
 * @since 0.1.0
 */
public record AmountBarChart(String title, String xAxisLabel, String yAxisLabel, List<String> categories,
    List<AmountSeries> series) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param xAxisLabel x-axis label
   * @param yAxisLabel y-axis label
   * @param categories categories
   * @param series series
   */
  public AmountBarChart {
    Labels.check(title, xAxisLabel, yAxisLabel);
    categories = List.copyOf(Args.notEmpty(Args.noNullElements(categories, "categories"), "categories"));
    series = AmountSeries.aligned(categories, series);
  }
}
