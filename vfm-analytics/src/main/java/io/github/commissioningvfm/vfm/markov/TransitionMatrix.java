package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A square matrix of one-cycle transition probabilities between named states: entry
 * {@code (i, j)} is the probability that a member of the cohort in state {@code i} at the start of
 * a cycle is in state {@code j} at its end. Every entry lies in [0, 1] and every row sums to 1
 * within {@link #DEFAULT_TOLERANCE}; a row that does not is named in the exception.
 *
 * <pre>{@code
 * TransitionMatrix p = TransitionMatrix.builder(List.of("Well", "Ill", "Dead"))
 *     .set("Well", "Ill", 0.1).set("Well", "Dead", 0.01).complement("Well", "Well")
 *     .set("Ill", "Dead", 0.2).complement("Ill", "Ill")
 *     .set("Dead", "Dead", 1)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TransitionMatrix {

  /** The tolerance on row sums: {@code |sum_j p_ij - 1| <= 1e-6}. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  private final List<String> states;
  private final double[] values;

  private TransitionMatrix(List<String> states, double[] values) {
    this.states = List.copyOf(states);
    this.values = values;
  }

  /**
   * A matrix from rows of probabilities.
   *
   * @param states the state names, in row order
   * @param rows the rows, one per state, each with one entry per state
   * @return the checked matrix
   */
  public static TransitionMatrix of(List<String> states, double[][] rows) {
    Args.notEmpty(states, "states");
    Args.notNull(rows, "rows");
    int n = states.size();
    Args.check(rows.length == n, "rows", "have one row per state (" + n + ")", rows.length);
    double[] v = new double[n * n];
    for (int i = 0; i < n; i++) {
      Args.check(rows[i].length == n, "rows[" + i + "]", "have one entry per state (" + n + ")", rows[i].length);
      System.arraycopy(rows[i], 0, v, i * n, n);
    }
    check(v, n, states, DEFAULT_TOLERANCE, "Transition matrix");
    return new TransitionMatrix(states, v);
  }

  /**
   * Starts a builder over the given states; unset entries are 0.
   *
   * @param states the state names, distinct
   * @return the builder
   */
  public static Builder builder(List<String> states) {
    return new Builder(states);
  }

  /**
   * Checks a row-major matrix: entries in [0, 1] (within the tolerance) and rows summing to 1.
   *
   * @param p the entries, row-major
   * @param n the number of states
   * @param states the state names
   * @param tolerance the tolerance
   * @param what what is being checked, for the message, e.g. "Strategy 'A', cycle 3"
   */
  static void check(double[] p, int n, List<String> states, double tolerance, String what) {
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double x = p[i * n + j];
        if (!(x >= -tolerance && x <= 1 + tolerance)) {
          throw new IllegalArgumentException(what + ": entry from '" + states.get(i) + "' to '" + states.get(j)
              + "' is not a probability: " + x);
        }
        sum += x;
      }
      if (!(Math.abs(sum - 1) <= tolerance)) {
        throw new IllegalArgumentException(what + ": row '" + states.get(i) + "' sums to "
            + String.format(Locale.ROOT, "%.9f", sum) + ", not 1 (tolerance " + tolerance + ")");
      }
    }
  }

  /**
   * The state names, in row order.
   *
   * @return the names
   */
  public List<String> states() {
    return states;
  }

  /**
   * One entry.
   *
   * @param from the row's state
   * @param to the column's state
   * @return the probability
   */
  public double get(String from, String to) {
    int n = states.size();
    return values[index(states, from) * n + index(states, to)];
  }

  /**
   * The entries, row-major (a copy).
   *
   * @return {@code n x n} entries
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * Copies the entries, row-major, into {@code target}.
   *
   * @param target an array of at least {@code n x n} entries
   */
  public void copyInto(double[] target) {
    System.arraycopy(values, 0, target, 0, values.length);
  }

  static int index(List<String> states, String name) {
    int i = states.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("Unknown state '" + name + "'; states are " + states);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionMatrix m && states.equals(m.states) && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return 31 * states.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    int n = states.size();
    StringBuilder sb = new StringBuilder("TransitionMatrix").append(states).append('\n');
    for (int i = 0; i < n; i++) {
      sb.append("  ").append(states.get(i)).append(':');
      for (int j = 0; j < n; j++) {
        sb.append(String.format(Locale.ROOT, " %.6f", values[i * n + j]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Builds a matrix by state names, with at most one complement entry per row. */
  public static final class Builder {
    private final List<String> states;
    private final double[] values;
    private final Map<Integer, Integer> complements = new HashMap<>();

    private Builder(List<String> states) {
      Args.notEmpty(states, "states");
      List<String> seen = new ArrayList<>();
      for (String s : states) {
        Args.notBlank(s, "state name");
        if (seen.contains(s)) {
          throw new IllegalArgumentException("State '" + s + "' is listed twice in " + states);
        }
        seen.add(s);
      }
      this.states = List.copyOf(states);
      this.values = new double[states.size() * states.size()];
    }

    /**
     * Sets one probability.
     *
     * @param from the row's state
     * @param to the column's state
     * @param probability the probability, in [0, 1]
     * @return this builder
     */
    public Builder set(String from, String to, double probability) {
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("Transition from '" + from + "' to '" + to
            + "' must be a probability between 0 and 1: " + probability);
      }
      values[index(states, from) * states.size() + index(states, to)] = probability;
      return this;
    }

    /**
     * Makes the entry {@code (from, to)} one minus the rest of its row, when the matrix is built.
     *
     * @param from the row's state
     * @param to the column's state
     * @return this builder
     */
    public Builder complement(String from, String to) {
      int i = index(states, from);
      Integer previous = complements.put(i, index(states, to));
      if (previous != null) {
        throw new IllegalArgumentException("Row '" + from + "' already has its complement in '" + states.get(previous)
            + "'");
      }
      return this;
    }

    /**
     * Builds and checks the matrix.
     *
     * @return the matrix
     */
    public TransitionMatrix build() {
      int n = states.size();
      double[] v = values.clone();
      for (Map.Entry<Integer, Integer> c : complements.entrySet()) {
        int i = c.getKey();
        double rest = 0;
        for (int j = 0; j < n; j++) {
          if (j != c.getValue()) {
            rest += v[i * n + j];
          }
        }
        v[i * n + c.getValue()] = 1 - rest;
      }
      check(v, n, states, DEFAULT_TOLERANCE, "Transition matrix");
      return new TransitionMatrix(states, v);
    }
  }
}
