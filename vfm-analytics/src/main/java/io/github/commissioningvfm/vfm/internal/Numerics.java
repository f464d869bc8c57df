package io.github.commissioningvfm.vfm.internal;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The adapter to commons-math3: percentiles and root finding, with JDK types only in its signatures.
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
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p);
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
