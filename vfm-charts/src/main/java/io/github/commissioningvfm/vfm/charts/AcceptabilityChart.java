package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Cost-effectiveness acceptability curves: for each option, the probability that it has the highest
 * expected net benefit at each willingness-to-pay threshold. The vertical axis runs from 0 to 1.
 *
 * @param title the title
 * @param thresholdLabel the threshold axis label with its unit, e.g. "Willingness to pay per QALY (GBP)"
 * @param curves one curve per option
 * @since 0.1.0
 */
public record AcceptabilityChart(String title, String thresholdLabel, List<Curve> curves) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param thresholdLabel threshold label
   * @param curves curves
   */
  public AcceptabilityChart {
    Labels.check(title, thresholdLabel, "probability");
    curves = List.copyOf(Args.notEmpty(Args.noNullElements(curves, "curves"), "curves"));
  }

  /**
   * Acceptability curves.
   *
   * @param title the title
   * @param thresholdLabel the threshold label with its unit
   * @param curves the curves
   * @return the chart
   */
  public static AcceptabilityChart of(String title, String thresholdLabel, List<Curve> curves) {
    return new AcceptabilityChart(title, thresholdLabel, curves);
  }

  @Override
  public String xAxisLabel() {
    return thresholdLabel;
  }

  @Override
  public String yAxisLabel() {
    return "Probability of the highest net benefit";
  }

  /**
   * One option's curve: (threshold, probability) points in increasing threshold order.
   *
   * @param option the option
   * @param points the points, probabilities in [0, 1]
   */
  public record Curve(String option, List<XyPoint> points) {
    /**
     * Validates the curve.
     *
     * @param option option
     * @param points points
     */
    public Curve {
      Args.notBlank(option, "option");
      points = List.copyOf(Args.notEmpty(Args.noNullElements(points, "points"), "points"));
      for (int i = 0; i < points.size(); i++) {
        Args.inRange(points.get(i).y(), 0, 1, "probability of '" + option + "'");
        Args.check(i == 0 || points.get(i).x() > points.get(i - 1).x(), "points",
            "be in increasing threshold order for '" + option + "'", points.get(i).x());
      }
    }
  }
}
