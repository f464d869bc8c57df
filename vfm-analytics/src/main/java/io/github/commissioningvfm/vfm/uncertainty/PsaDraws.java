package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;

/**
 * The Monte Carlo draws of one metric of one option, iteration by iteration (arrays are copied in
 * and out).
 *
 * @param option the option's name
 * @param metric the metric's id
 * @param values the value in each iteration (meaningful where {@code defined} is true)
 * @param defined whether the metric was defined in each iteration
 * @since 0.1.0
 */
public record PsaDraws(String option, String metric, double[] values, boolean[] defined) {

  /** Validates and copies. */
  public PsaDraws {
    Args.notBlank(option, "option");
    Args.notBlank(metric, "metric");
    values = Args.notNull(values, "values").clone();
    defined = Args.notNull(defined, "defined").clone();
    Args.check(values.length == defined.length, "defined", "have one flag per value (" + values.length + ")",
        defined.length);
    for (int i = 0; i < values.length; i++) {
      if (!defined[i]) {
        values[i] = 0;
      } else if (!Double.isFinite(values[i])) {
        Args.finite(values[i], "values[" + i + "]");
      }
    }
  }

  /**
   * The values (a copy).
   *
   * @return the values
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * The flags (a copy).
   *
   * @return the flags
   */
  @Override
  public boolean[] defined() {
    return defined.clone();
  }

  /**
   * The defined values only, in iteration order.
   *
   * @return the values where defined
   */
  public double[] definedValues() {
    int count = 0;
    for (boolean d : defined) {
      count += d ? 1 : 0;
    }
    double[] out = new double[count];
    for (int i = 0, c = 0; i < values.length; i++) {
      if (defined[i]) {
        out[c++] = values[i];
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PsaDraws d && option.equals(d.option) && metric.equals(d.metric)
        && Arrays.equals(values, d.values) && Arrays.equals(defined, d.defined);
  }

  @Override
  public int hashCode() {
    return option.hashCode() * 31 + metric.hashCode();
  }

  @Override
  public String toString() {
    return "PsaDraws[" + option + ", " + metric + ", " + values.length + " iterations, "
        + definedValues().length + " defined]";
  }
}
