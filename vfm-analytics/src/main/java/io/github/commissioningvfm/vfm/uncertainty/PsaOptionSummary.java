package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.OptionalDouble;

/**
 * Monte Carlo summary of one option against the counterfactual.
 *
 * @param option the option's name
 * @param meanNpv mean NPV over iterations
 * @param npvLow lower percentile of NPV
 * @param npvHigh upper percentile of NPV
 * @param probabilityNpvPositive share of iterations with NPV &gt; 0
 * @param meanRoi mean ROI ratio over the iterations where it is defined; empty if it never is
 * @param roiLow lower percentile of the ROI ratio where defined
 * @param roiHigh upper percentile of the ROI ratio where defined
 * @param probabilityRoiAboveOne share of all iterations with a defined ROI ratio &gt; 1
 * @param roiUndefinedIterations iterations in which the ROI ratio was undefined (investment not positive)
 * @since 0.1.0
 */
public record PsaOptionSummary(String option, double meanNpv, double npvLow, double npvHigh,
    double probabilityNpvPositive, OptionalDouble meanRoi, OptionalDouble roiLow, OptionalDouble roiHigh,
    double probabilityRoiAboveOne, int roiUndefinedIterations) {
  /** Validates. */
  public PsaOptionSummary {
    Args.notBlank(option, "option");
    Args.finite(meanNpv, "meanNpv");
    Args.finite(npvLow, "npvLow");
    Args.finite(npvHigh, "npvHigh");
    Args.inRange(probabilityNpvPositive, 0, 1, "probabilityNpvPositive");
    Args.notNull(meanRoi, "meanRoi");
    Args.notNull(roiLow, "roiLow");
    Args.notNull(roiHigh, "roiHigh");
    Args.inRange(probabilityRoiAboveOne, 0, 1, "probabilityRoiAboveOne");
    Args.notNegative(roiUndefinedIterations, "roiUndefinedIterations");
  }
}
