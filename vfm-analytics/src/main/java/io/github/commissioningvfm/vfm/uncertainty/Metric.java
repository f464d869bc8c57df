package io.github.commissioningvfm.vfm.uncertainty;

/**
 * The figure a sensitivity analysis follows, for one option against the counterfactual.
 *
 * @since 0.1.0
 */
public enum Metric {
  /** Net present social value from the analysis' cost-benefit strategy; switching target 0. */
  NPV(0),
  /** ROI ratio (benefits / investment) from the analysis' ROI strategy; switching target 1. */
  ROI_RATIO(1);

  private final double switchingTarget;

  Metric(double switchingTarget) {
    this.switchingTarget = switchingTarget;
  }

  /**
   * The value at which the decision switches: 0 for NPV, 1 for the ROI ratio.
   *
   * @return the target
   */
  public double switchingTarget() {
    return switchingTarget;
  }
}
