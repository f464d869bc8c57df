package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One point of a line or scatter chart.
 *
 * @param x the horizontal value
 * @param y the vertical value
 * @since 0.1.0
 */
public record XyPoint(double x, double y) {

  /**
   * Validates the point.
   *
   * @param x x
   * @param y y
   */
  public XyPoint {
    Args.finite(x, "x");
    Args.finite(y, "y");
  }
}
