package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.function.IntFunction;

/**
 * The transition probabilities of each cycle of one strategy. The model calls
 * {@link #fill(int, double[])} once per cycle with the cycle's number {@code k = 1..T} (cycle
 * {@code k} moves the cohort from trace row {@code k - 1} to row {@code k}; it starts
 * {@code (k - 1) L} years after the start) and checks the rows it receives.
 *
 * <p>Implement it directly for an allocation-free model; {@link #constant(TransitionMatrix)} and
 * {@link #byCycle(IntFunction)} cover the common cases.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TransitionModel {

  /**
   * Writes the probabilities of cycle {@code cycle}, row-major, into {@code target}.
   *
   * @param cycle the cycle number, 1 for the first
   * @param target {@code n x n} entries to overwrite
   */
  void fill(int cycle, double[] target);

  /**
   * Whether the probabilities are the same in every cycle (then they are filled and checked once).
   *
   * @return true for a time-homogeneous model
   */
  default boolean isConstant() {
    return false;
  }

  /**
   * The same matrix in every cycle.
   *
   * @param matrix the matrix
   * @return the model
   */
  static TransitionModel constant(TransitionMatrix matrix) {
    Args.notNull(matrix, "matrix");
    return new TransitionModel() {
      @Override
      public void fill(int cycle, double[] target) {
        matrix.copyInto(target);
      }

      @Override
      public boolean isConstant() {
        return true;
      }

      @Override
      public String toString() {
        return "constant " + matrix;
      }
    };
  }

  /**
   * The same probabilities in every cycle, given row-major as {@code n x n} numbers: the light form
   * for a PSA, which builds one model per simulation and needs no named matrix. The model checks the
   * rows once, on its first cycle, like any constant model.
   *
   * @param rowMajor the probabilities, {@code p[i * n + j]} from state {@code i} to state {@code j}
   * @return the model (it copies the array)
   */
  static TransitionModel constantRowMajor(double... rowMajor) {
    double[] p = Args.notNull(rowMajor, "rowMajor").clone();
    return new TransitionModel() {
      @Override
      public void fill(int cycle, double[] target) {
        if (p.length != target.length) {
          throw new IllegalArgumentException("Argument 'rowMajor' must hold " + target.length
              + " probabilities (n x n for the model's states), not " + p.length);
        }
        System.arraycopy(p, 0, target, 0, p.length);
      }

      @Override
      public boolean isConstant() {
        return true;
      }

      @Override
      public String toString() {
        return "constant, row-major " + java.util.Arrays.toString(p);
      }
    };
  }

  /**
   * A matrix per cycle from a function of the cycle number.
   *
   * @param matrices the matrix of cycle {@code k}
   * @return the model
   */
  static TransitionModel byCycle(IntFunction<TransitionMatrix> matrices) {
    Args.notNull(matrices, "matrices");
    return (cycle, target) -> matrices.apply(cycle).copyInto(target);
  }

  /**
   * This model with background mortality from a life table added as a competing risk. For each state
   * {@code i} other than {@code dead}, with {@code q} the table's probability of death over the
   * cycle at the cohort's age {@code a0 + (k - 1) L}:
   * {@code p'_ij = (1 - q) p_ij} for {@code j != dead} and {@code p'_i,dead = q + (1 - q) p_i,dead},
   * so rows still sum to 1 (the cohort first survives other causes, then moves as before).
   *
   * @param table the life table
   * @param startAge the cohort's age at the start, years
   * @param cycleYears the cycle length, years
   * @param dead the index of the dead state
   * @return the combined model
   */
  default TransitionModel withBackgroundMortality(LifeTable table, double startAge, double cycleYears, int dead) {
    Args.notNull(table, "table");
    Args.notNegative(startAge, "startAge");
    Args.positive(cycleYears, "cycleYears");
    Args.notNegative(dead, "dead");
    TransitionModel base = this;
    return (cycle, target) -> {
      base.fill(cycle, target);
      int n = (int) Math.round(Math.sqrt(target.length));
      double q = table.probabilityOfDeath(startAge + (cycle - 1) * cycleYears, cycleYears);
      for (int i = 0; i < n; i++) {
        if (i == dead) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          target[i * n + j] = j == dead ? q + (1 - q) * target[i * n + j] : (1 - q) * target[i * n + j];
        }
      }
    };
  }
}
