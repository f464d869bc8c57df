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
   * The type-7 quantile of unsorted values, equal to {@link #quantileOfSorted} of the sorted values,
   * found by selection in expected linear time rather than by sorting: {@code x[floor(h)]} by
   * quickselect, {@code x[floor(h) + 1]} as the least of the values above it. Reorders the array.
   *
   * @param scratch the values, not empty, finite; reordered in place
   * @param q the probability, clamped to [0, 1]
   * @return the quantile
   */
  public static double quantileBySelection(double[] scratch, double q) {
    int n = scratch.length;
    if (n == 0) {
      throw new IllegalArgumentException("Argument 'scratch' must not be empty");
    }
    double h = (n - 1) * Math.min(1, Math.max(0, q));
    int lo = (int) Math.floor(h);
    double low = select(scratch, lo);
    if (h == lo) {
      return low;
    }
    double high = Double.POSITIVE_INFINITY;
    for (int i = lo + 1; i < n; i++) {
      high = Math.min(high, scratch[i]);
    }
    return low + (h - lo) * (high - low);
  }

  /** Ranges longer than this are first narrowed around k on a sample (Floyd and Rivest). */
  private static final int SAMPLED_RANGE = 600;

  /**
   * Puts the k-th smallest value at index k, smaller ones before and larger ones after; returns it.
   *
   * <p>Floyd and Rivest's SELECT (Communications of the ACM 18(3), 1975, Algorithm 489): in a range
   * of {@code n > 600} values, a sample of {@code s = n^(2/3) / 2} positions around {@code k} is
   * selected first, recursively, with a margin of {@code sqrt(ln(n) s (n - s) / n) / 2} on the side
   * away from the middle, so that the value then at {@code k} is a pivot very close to the k-th
   * smallest. One partition around it leaves a short range to finish: about {@code n + min(k, n - k)}
   * comparisons in all, where a quickselect partitions most of the range several times. Shorter
   * ranges are partitioned around the value at {@code k} until it is in place.
   */
  private static double select(double[] a, int k) {
    select(a, 0, a.length - 1, k);
    return a[k];
  }

  /** {@link #select(double[], int)} confined to {@code [left, right]}, which contains {@code k}. */
  private static void select(double[] a, int from, int to, int k) {
    int left = from;
    int right = to;
    while (right > left) {
      if (right - left > SAMPLED_RANGE) {
        int[] sample = sampleRange(left, right, k);
        select(a, sample[0], sample[1], k);
      }
      // partition [left, right] around t = a[k]: values < t before j, values > t after it
      double t = a[k];
      swap(a, left, k);
      if (a[right] > t) {
        swap(a, right, left);
      }
      int i = left;
      int j = right;
      while (i < j) {
        swap(a, i, j);
        i++;
        j--;
        while (a[i] < t) {
          i++;
        }
        while (a[j] > t) {
          j--;
        }
      }
      if (a[left] == t) {
        swap(a, left, j);
      } else {
        j++;
        swap(a, j, right);
      }
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
    }
  }

  /**
   * The range that Floyd and Rivest's SELECT orders first, within {@code [left, right]}, to bring a
   * value close to the k-th smallest to position {@code k}: with {@code n = right - left + 1},
   * {@code i = k - left + 1}, {@code z = ln n}, {@code s = e^(2z/3) / 2} and
   * {@code d = sqrt(z s (n - s) / n) / 2 * sign(i - n/2)}, it is
   * {@code [max(left, floor(k - i s / n + d)), min(right, floor(k + (n - i) s / n + d))]}.
   *
   * @param left the first position of the range
   * @param right the last position
   * @param k the position wanted
   * @return the sample's first and last positions
   */
  static int[] sampleRange(int left, int right, int k) {
    int n = right - left + 1;
    int rank = k - left + 1;
    double z = Math.log(n);
    double s = 0.5 * Math.exp(2 * z / 3);
    double margin = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(rank - n / 2.0);
    return new int[] {(int) Math.max(left, Math.floor(k - rank * s / n + margin)),
        (int) Math.min(right, Math.floor(k + (n - rank) * s / n + margin))};
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
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
