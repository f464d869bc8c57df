package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The spread of a measure in each group: one box per group (median, quartiles, whiskers to 1.5
 * interquartile ranges, points beyond them), e.g. improvement by sessions attended.
 *
 * @param title the title
 * @param xAxisLabel the group axis label
 * @param yAxisLabel the measure axis label with its unit
 * @param groups the groups, in the order drawn
 * @since 0.1.0
 */
public record BoxPlot(String title, String xAxisLabel, String yAxisLabel, List<Group> groups) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param xAxisLabel x-axis label
   * @param yAxisLabel y-axis label
   * @param groups groups
   */
  public BoxPlot {
    Labels.check(title, xAxisLabel, yAxisLabel);
    groups = List.copyOf(Args.notEmpty(Args.noNullElements(groups, "groups"), "groups"));
  }

  /**
   * One group's observations.
   *
   * @param name the group name shown on the axis, in words
   * @param values the observations, at least one, finite
   * @since 0.1.0
   */
  public record Group(String name, List<Double> values) {
    /**
     * Validates the group.
     *
     * @param name name
     * @param values values
     */
    public Group {
      Args.notBlank(name, "name");
      values = List.copyOf(Args.notEmpty(Args.noNullElements(values, "values of '" + name + "'"),
          "values of '" + name + "'"));
      values.forEach(v -> Args.finite(v, "values of '" + name + "'"));
    }
  }
}
