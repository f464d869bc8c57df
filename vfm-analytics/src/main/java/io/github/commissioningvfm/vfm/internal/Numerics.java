package io.github.commissioningvfm.vfm.internal;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Shared numerics: sample quantiles, and the adapter to commons-math3 for root finding, with JDK
 * types only in its signatures.
 */
public final class Numerics {

  private Numerics() {
  }

  /**
   * The {@code p}-th percentile of a sample, by the R-7 / Excel {@code PERCENTILE.INC} definition
   * (linear interpolation between order statistics at {@code (n - 1) p / 100}).
   *
   * @param values the sample, not empty
   * @param p the percentile, in (0, 100]
   * @return the percentile
   */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Argument 'values' must not be empty");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("Argument 'p' must be in (0, 100]: " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return quantileOfSorted(sorted, p / 100);
  }

  /**
   * The type-7 quantile (R's default, Excel {@code PERCENTILE.INC}) of values already in ascending
   * order: {@code h = (n - 1) q}, then linear interpolation between the order statistics
   * {@code x[floor(h)]} and {@code x[floor(h) + 1]}. Probabilities outside [0, 1] are clamped.
   *
   * @param sorted ascending values, not empty
   * @param q the probability
   * @return the quantile
   */
  public static double quantileOfSorted(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("Argument 'sorted' must not be empty");
    }
    double h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * A root of {@code f} in {@code [low, high]} by Brent's method, if {@code f(low)} and {@code f(high)}
   * differ in sign (or one is zero).
   *
   * @param f the function
   * @param low the lower end
   * @param high the upper end
   * @param absoluteAccuracy the accuracy wanted in {@code x}
   * @return the root, or empty if the ends do not bracket one
   */
  public static OptionalDouble root(DoubleUnaryOperator f, double low, double high, double absoluteAccuracy) {
    double fl = f.applyAsDouble(low);
    double fh = f.applyAsDouble(high);
    if (fl == 0) {
      return OptionalDouble.of(low);
    }
    if (fh == 0) {
      return OptionalDouble.of(high);
    }
    if (Math.signum(fl) == Math.signum(fh) || low == high) {
      return OptionalDouble.empty();
    }
    BrentSolver solver = new BrentSolver(1e-12, absoluteAccuracy);
    return OptionalDouble.of(solver.solve(200, f::applyAsDouble, low, high));
  }
}
