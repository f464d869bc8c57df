package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Lines with markers, one per named series, for figures that change along a continuous axis (a
 * cohort trace over time, events along the calendar).
 *
 * @param title the title
 * @param xAxisLabel the horizontal axis label with its unit
 * @param yAxisLabel the vertical axis label with its unit
 * @param lines the lines, at least one
 * @since 0.1.0
 */
public record LineChart(String title, String xAxisLabel, String yAxisLabel, List<Line> lines) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param xAxisLabel x-axis label
   * @param yAxisLabel y-axis label
   * @param lines lines
   */
  public LineChart {
    Labels.check(title, xAxisLabel, yAxisLabel);
    lines = List.copyOf(Args.notEmpty(Args.noNullElements(lines, "lines"), "lines"));
  }

  /**
   * One named line of points, drawn in the order given.
   *
   * @param name the legend entry, in words
   * @param points the points, at least one
   * @since 0.1.0
   */
  public record Line(String name, List<XyPoint> points) {
    /**
     * Validates the line.
     *
     * @param name name
     * @param points points
     */
    public Line {
      Args.notBlank(name, "name");
      points = List.copyOf(Args.notEmpty(Args.noNullElements(points, "points of '" + name + "'"),
          "points of '" + name + "'"));
    }
  }
}
