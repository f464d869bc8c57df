package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;

/**
 * Monte Carlo summary of one metric of one option against the counterfactual: the mean and a
 * percentile interval (R-7 definition) over the iterations where the metric is defined, and the share
 * of all iterations in which it exceeds its switching target.
 *
 * @param option the option's name
 * @param metric the metric's id
 * @param metricLabel the metric's label
 * @param mean the mean over defined iterations
 * @param lower the lower percentile
 * @param upper the upper percentile
 * @param levelPercent the interval's level, e.g. 95
 * @param method how the interval was computed
 * @param probabilityAboveTarget share of all iterations with the metric defined and above its switching target
 * @param undefinedIterations iterations in which the metric was undefined
 * @since 0.1.0
 */
public record PsaSummary(String option, String metric, String metricLabel, Figure mean, Figure lower, Figure upper,
    double levelPercent, String method, Figure probabilityAboveTarget, long undefinedIterations) {

  /** Validates. */
  public PsaSummary {
    Args.notBlank(option, "option");
    Args.notBlank(metric, "metric");
    Args.notBlank(metricLabel, "metricLabel");
    Args.notNull(mean, "mean");
    Args.notNull(lower, "lower");
    Args.notNull(upper, "upper");
    Args.check(levelPercent > 0 && levelPercent < 100, "levelPercent", "be between 0 and 100 (exclusive)",
        levelPercent);
    Args.notBlank(method, "method");
    Args.check(probabilityAboveTarget instanceof Figure.Share, "probabilityAboveTarget", "be a proportion",
        probabilityAboveTarget);
    Args.notNegative(undefinedIterations, "undefinedIterations");
  }

  /**
   * The interval as text with its level and method, e.g.
   * {@code £1,200.00 to £3,400.00 (95% percentile interval of 10000 Monte Carlo draws)}.
   *
   * @return the text
   */
  public String interval() {
    return lower + " to " + upper + " (" + BigDecimal.valueOf(levelPercent).stripTrailingZeros().toPlainString() + "% " + method + ")";
  }

  @Override
  public String toString() {
    return option + ", " + metricLabel + ": mean " + mean + "; " + interval() + "; P(above target) "
        + probabilityAboveTarget + (undefinedIterations > 0 ? "; undefined in " + undefinedIterations + " iterations" : "");
  }
}
