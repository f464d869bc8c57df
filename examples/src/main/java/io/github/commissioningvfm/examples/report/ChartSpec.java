package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * What a chart shows: its file name (without extension), title, axis labels and data.
 *
 * <p>Titles of charts showing money name the price base, for example
 * "Avoided cost by year (GBP, 2024/25 prices)"; axis labels name their unit.
 */
public sealed interface ChartSpec permits ChartSpec.Lines, ChartSpec.Bars, ChartSpec.Boxes {

  /**
   * The file name without extension; PNG and SVG files are written with this stem.
   *
   * @return the file stem, e.g. {@code roi-by-year}
   */
  String fileName();

  /**
   * The chart title.
   *
   * @return the title
   */
  String title();

  /**
   * The label of the horizontal axis, with its unit.
   *
   * @return the x-axis label
   */
  String xAxisLabel();

  /**
   * The label of the vertical axis, with its unit.
   *
   * @return the y-axis label
   */
  String yAxisLabel();

  /**
   * One named series of (x, y) points.
   *
   * @param name the legend entry
   * @param x the x values
   * @param y the y values, as many as x values
   */
  record XySeries(String name, List<Double> x, List<Double> y) {
    /**
     * Validates the series.
     *
     * @param name the legend entry
     * @param x the x values
     * @param y the y values
     */
    public XySeries {
      Args.notBlank(name, "name");
      x = List.copyOf(Args.notEmpty(x, "x"));
      y = List.copyOf(Args.notNull(y, "y"));
      Args.check(x.size() == y.size(), "y", "have as many values as x (" + x.size() + ")", y.size());
      for (double v : x) {
        Args.finite(v, "x");
      }
      for (double v : y) {
        Args.finite(v, "y");
      }
    }
  }

  /**
   * A line chart with markers.
   *
   * @param fileName the file stem
   * @param title the title
   * @param xAxisLabel the x-axis label
   * @param yAxisLabel the y-axis label
   * @param series the series, at least one
   */
  record Lines(String fileName, String title, String xAxisLabel, String yAxisLabel, List<XySeries> series)
      implements ChartSpec {
    /**
     * Validates the chart.
     *
     * @param fileName the file stem
     * @param title the title
     * @param xAxisLabel the x-axis label
     * @param yAxisLabel the y-axis label
     * @param series the series
     */
    public Lines {
      ChartSpecs.checkLabels(fileName, title, xAxisLabel, yAxisLabel);
      series = List.copyOf(Args.notEmpty(series, "series"));
    }
  }

  /**
   * One named series of values, one per category of a bar chart.
   *
   * @param name the legend entry
   * @param values the values, one per category
   */
  record BarSeries(String name, List<Double> values) {
    /**
     * Validates the series.
     *
     * @param name the legend entry
     * @param values the values
     */
    public BarSeries {
      Args.notBlank(name, "name");
      values = List.copyOf(Args.notNull(values, "values"));
      for (double v : values) {
        Args.finite(v, "values");
      }
    }
  }

  /**
   * A bar chart over named categories; several series are drawn side by side.
   *
   * @param fileName the file stem
   * @param title the title
   * @param xAxisLabel the x-axis label
   * @param yAxisLabel the y-axis label
   * @param categories the category names along the x axis
   * @param series the series, each with one value per category
   */
  record Bars(String fileName, String title, String xAxisLabel, String yAxisLabel, List<String> categories,
      List<BarSeries> series) implements ChartSpec {
    /**
     * Validates the chart.
     *
     * @param fileName the file stem
     * @param title the title
     * @param xAxisLabel the x-axis label
     * @param yAxisLabel the y-axis label
     * @param categories the categories
     * @param series the series
     */
    public Bars {
      ChartSpecs.checkLabels(fileName, title, xAxisLabel, yAxisLabel);
      categories = List.copyOf(Args.notEmpty(categories, "categories"));
      series = List.copyOf(Args.notEmpty(series, "series"));
      for (BarSeries s : series) {
        Args.check(s.values().size() == categories.size(), "series",
            "have one value per category (" + categories.size() + ") in series '" + s.name() + "'", s.values().size());
      }
    }
  }

  /**
   * One box of a box plot: a named group of observations.
   *
   * @param name the group name shown on the x axis
   * @param values the observations, at least one
   */
  record BoxGroup(String name, List<Double> values) {
    /**
     * Validates the group.
     *
     * @param name the group name
     * @param values the observations
     */
    public BoxGroup {
      Args.notBlank(name, "name");
      values = List.copyOf(Args.notEmpty(values, "values"));
      for (double v : values) {
        Args.finite(v, "values");
      }
    }
  }

  /**
   * A box plot, one box per group.
   *
   * @param fileName the file stem
   * @param title the title
   * @param xAxisLabel the x-axis label
   * @param yAxisLabel the y-axis label
   * @param groups the groups, at least one
   */
  record Boxes(String fileName, String title, String xAxisLabel, String yAxisLabel, List<BoxGroup> groups)
      implements ChartSpec {
    /**
     * Validates the chart.
     *
     * @param fileName the file stem
     * @param title the title
     * @param xAxisLabel the x-axis label
     * @param yAxisLabel the y-axis label
     * @param groups the groups
     */
    public Boxes {
      ChartSpecs.checkLabels(fileName, title, xAxisLabel, yAxisLabel);
      groups = List.copyOf(Args.notEmpty(groups, "groups"));
    }
  }
}
