package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;

/**
 * Ready-made {@link SampleStatistic}s over per-participant improvement and allocated cost
 * arrays (as returned by {@code ChangeResult.improvements()} and
 * {@code VfmAnalysis.allocatedCosts(...)}).
 *
 * @since 0.1.0
 */
public final class OutcomeStatistics {

  private OutcomeStatistics() {
  }

  /**
   * Mean improvement {@code mean(improvement_i)}.
   *
   * @param improvement per participant
   * @return the statistic
   */
  public static SampleStatistic meanImprovement(double[] improvement) {
    double[] y = Arrays.copyOf(Args.notNull(improvement, "improvement"), improvement.length);
    return (idx, len) -> {
      double s = 0;
      for (int k = 0; k < len; k++) {
        s += y[idx[k]];
      }
      return s / len;
    };
  }

  /**
   * Cost-weighted VfM {@code sum improvement / sum cost} of the sample.
   *
   * @param improvement per participant
   * @param cost per participant, positive
   * @return the statistic
   */
  public static SampleStatistic weightedVfm(double[] improvement, double[] cost) {
    double[][] yc = pair(improvement, cost);
    return new RatioOfSums(yc[0], yc[1]);
  }

  /**
   * Unweighted mean VfM {@code mean(improvement_i / cost_i)} of the sample.
   *
   * @param improvement per participant
   * @param cost per participant, positive
   * @return the statistic
   */
  public static SampleStatistic unweightedMeanVfm(double[] improvement, double[] cost) {
    double[][] yc = pair(improvement, cost);
    double[] ratio = new double[yc[0].length];
    for (int i = 0; i < ratio.length; i++) {
      ratio[i] = yc[0][i] / yc[1][i];
    }
    return (idx, len) -> {
      double s = 0;
      for (int k = 0; k < len; k++) {
        s += ratio[idx[k]];
      }
      return s / len;
    };
  }

  /**
   * Proportion with an improvement of at least {@code threshold} points:
   * {@code count(improvement_i >= threshold) / n}.
   *
   * @param improvement per participant
   * @param threshold the threshold in points, e.g. the measure's meaningful change
   * @return the statistic
   */
  public static SampleStatistic proportionImprovedBy(double[] improvement, double threshold) {
    double[] y = Arrays.copyOf(Args.notNull(improvement, "improvement"), improvement.length);
    Args.finite(threshold, "threshold");
    return (idx, len) -> {
      long k = 0;
      for (int j = 0; j < len; j++) {
        if (y[idx[j]] >= threshold) {
          k++;
        }
      }
      return (double) k / len;
    };
  }

  private static double[][] pair(double[] improvement, double[] cost) {
    Args.notNull(improvement, "improvement");
    Args.notNull(cost, "cost");
    Args.check(improvement.length == cost.length, "cost", "have one entry per participant ("
        + improvement.length + ")", cost.length);
    for (int i = 0; i < cost.length; i++) {
      if (!Double.isFinite(cost[i]) || cost[i] <= 0) {
        Args.positive(cost[i], "cost[" + i + "]");
      }
    }
    return new double[][] {improvement.clone(), cost.clone()};
  }
}
