package io.github.commissioningvfm.vfm.outcomes.internal;

import io.github.commissioningvfm.vfm.internal.Distributions;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;

/**
 * Means, t intervals and Wilson intervals used by several result types.
 */
public final class Summary {

  private Summary() {
  }

  /**
   * The mean of values with a Student t interval: {@code mean +/- t(1 - (1-level)/2, n-1) * s / sqrt(n)},
   * where {@code s} is the sample standard deviation (divisor n - 1). With n = 1 the mean has no
   * interval.
   *
   * @param label the figure's label
   * @param definition its definition
   * @param unit its unit
   * @param values the values
   * @param n how many of them to use (a prefix)
   * @param level the interval's coverage
   * @return the figure; undefined when n = 0
   */
  public static Estimate meanWithT(String label, String definition, String unit, double[] values, int n, double level) {
    if (n == 0) {
      return Estimate.undefined(label, definition, unit, "no participants");
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    double mean = sum / n;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      ss += d * d;
    }
    return meanWithT(label, definition, unit, n, mean, ss, level);
  }

  /**
   * {@link #meanWithT(String, String, String, double[], int, double)} from moments already summed:
   * {@code mean = sum / n} and {@code ss = sum (x_i - mean)^2}, each summed in the values' order,
   * give the same figure as the values themselves.
   *
   * @param label the figure's label
   * @param definition its definition
   * @param unit its unit
   * @param n how many values, at least 1
   * @param mean their mean
   * @param ss the sum of their squared deviations from the mean
   * @param level the interval's coverage
   * @return the figure
   */
  public static Estimate meanWithT(String label, String definition, String unit, long n, double mean, double ss,
      double level) {
    Estimate f = Estimate.of(label, definition, unit, mean);
    if (n < 2) {
      return f;
    }
    double se = Math.sqrt(ss / (n - 1) / n);
    double t = Distributions.tQuantile(1 - (1 - level) / 2, n - 1);
    return f.withInterval(new Interval(mean - t * se, mean + t * se, level, "Student t interval, n = " + n));
  }

  /**
   * A proportion {@code k / n} with a Wilson score interval:
   * {@code (p + z^2/2n +/- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}.
   *
   * @param label the figure's label
   * @param definition its definition
   * @param k successes
   * @param n trials
   * @param level the coverage
   * @return the figure; undefined when n = 0
   */
  public static Estimate proportion(String label, String definition, long k, long n, double level) {
    if (n == 0) {
      return Estimate.undefined(label, definition, "proportion", "no participants");
    }
    double p = (double) k / n;
    double z = Distributions.normalQuantile(1 - (1 - level) / 2);
    double z2 = z * z;
    double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return Estimate.of(label, definition, "proportion", p)
        .withInterval(new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level,
            "Wilson score interval, " + k + " of " + n));
  }
}
