package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A value per state at each trace row {@code t = 0..T}: a cost per cycle, or a utility weight per
 * year of full health. The model calls {@link #fill(int, double[])} for every row it counts.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StateValues {

  /**
   * Writes the value of each state at trace row {@code row} into {@code target}.
   *
   * @param row the trace row, 0 for the starting cohort
   * @param target one entry per state to overwrite
   */
  void fill(int row, double[] target);

  /**
   * Whether the values are the same at every row (then they are filled once).
   *
   * @return true for constant values
   */
  default boolean isConstant() {
    return false;
  }

  /**
   * The same values at every row.
   *
   * @param values one value per state, finite
   * @return the values
   */
  static StateValues constant(double... values) {
    Args.notNull(values, "values");
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      Args.finite(copy[i], "values[" + i + "]");
    }
    return new StateValues() {
      @Override
      public void fill(int row, double[] target) {
        if (target.length != copy.length) {
          throw new IllegalArgumentException("State values give " + copy.length + " values for " + target.length
              + " states");
        }
        System.arraycopy(copy, 0, target, 0, copy.length);
      }

      @Override
      public boolean isConstant() {
        return true;
      }

      @Override
      public String toString() {
        return Arrays.toString(copy);
      }
    };
  }

  /**
   * Values per row from a function of the row.
   *
   * @param values the values at row {@code t}, one per state
   * @return the values
   */
  static StateValues byRow(IntFunction<double[]> values) {
    Args.notNull(values, "values");
    return (row, target) -> {
      double[] v = values.apply(row);
      if (v.length != target.length) {
        throw new IllegalArgumentException("State values at row " + row + " give " + v.length + " values for "
            + target.length + " states");
      }
      System.arraycopy(v, 0, target, 0, v.length);
    };
  }
}
