package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One headline figure of a result: the value of a {@link Metric} for one option against the
 * counterfactual.
 *
 * @param option the option's name
 * @param metric the metric's id
 * @param figure the figure, possibly undefined
 * @since 0.1.0
 */
public record HeadlineFigure(String option, String metric, Figure figure) {
  /** Validates. */
  public HeadlineFigure {
    Args.notBlank(option, "option");
    Args.notBlank(metric, "metric");
    Args.notNull(figure, "figure");
  }

  /**
   * A headline figure, checked against its metric.
   *
   * @param option the option's name
   * @param metric the metric
   * @param figure the figure
   * @return the headline figure
   */
  public static HeadlineFigure of(String option, Metric<?> metric, Figure figure) {
    return new HeadlineFigure(option, metric.id(), metric.check(figure));
  }

  @Override
  public String toString() {
    return option + ": " + metric + " = " + figure;
  }
}
