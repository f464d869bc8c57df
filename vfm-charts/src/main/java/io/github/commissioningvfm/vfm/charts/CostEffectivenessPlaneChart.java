package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The cost-effectiveness plane: incremental effect (horizontal) against incremental cost
 * (vertical), one point per simulation or option, with the axes through the origin and a line
 * {@code cost = threshold x effect} for each willingness-to-pay threshold.
 *
 * @param title the title, naming the price base
 * @param effectLabel the effect axis label with its unit
 * @param costLabel the cost axis label with its unit and price base
 * @param points the (effect, cost) points
 * @param thresholds willingness-to-pay thresholds drawn as lines through the origin, possibly none
 * @since 0.1.0
 */
public record CostEffectivenessPlaneChart(String title, String effectLabel, String costLabel, List<XyPoint> points,
    List<Double> thresholds) implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param effectLabel effect label
   * @param costLabel cost label
   * @param points points
   * @param thresholds thresholds
   */
  public CostEffectivenessPlaneChart {
    Labels.check(title, effectLabel, costLabel);
    points = List.copyOf(Args.notEmpty(Args.noNullElements(points, "points"), "points"));
    thresholds = List.copyOf(Args.noNullElements(thresholds, "thresholds"));
    thresholds.forEach(t -> Args.positive(t, "thresholds"));
  }

  @Override
  public String xAxisLabel() {
    return effectLabel;
  }

  @Override
  public String yAxisLabel() {
    return costLabel;
  }

  /**
   * The horizontal range drawn: the effects' range widened to include zero, so that the plane's
   * four quadrants meet at the origin.
   *
   * @return the effect axis range
   */
  public AxisRange effectAxis() {
    return AxisRange.withZero(points, XyPoint::x, XyPoint::x);
  }

  /**
   * The vertical range drawn: the costs' range widened to include zero.
   *
   * @return the cost axis range
   */
  public AxisRange costAxis() {
    return AxisRange.withZero(points, XyPoint::y, XyPoint::y);
  }
}
