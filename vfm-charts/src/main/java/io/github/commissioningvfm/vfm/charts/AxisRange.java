package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.function.ToDoubleFunction;

/**
 * The range an axis is drawn over.
 *
 * @param min the lowest value shown
 * @param max the highest value shown, above min
 * @since 0.1.0
 */
public record AxisRange(double min, double max) {

  /**
   * Validates the range.
   *
   * @param min min
   * @param max max
   */
  public AxisRange {
    Args.finite(min, "min");
    Args.finite(max, "max");
    Args.check(max > min, "max", "exceed min " + min, max);
  }

  /**
   * The smallest range holding zero and every value of the items (lower and upper ends given
   * separately), widened by 5% of its span at the ends away from zero; {@code [0, 1]} when all are 0.
   *
   * @param <T> the item type
   * @param items the items
   * @param low each item's lowest value
   * @param high each item's highest value
   * @return the range
   */
  static <T> AxisRange withZero(Iterable<T> items, ToDoubleFunction<T> low, ToDoubleFunction<T> high) {
    double lo = 0;
    double hi = 0;
    for (T item : items) {
      lo = Math.min(lo, low.applyAsDouble(item));
      hi = Math.max(hi, high.applyAsDouble(item));
    }
    if (hi == lo) {
      return new AxisRange(0, 1);
    }
    double pad = 0.05 * (hi - lo);
    return new AxisRange(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0);
  }
}
