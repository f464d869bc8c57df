package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The run of one strategy: its trace and its per-row and total costs, QALYs and life-years.
 * Array accessors return copies.
 *
 * @param strategy the strategy's name
 * @param states the state names, in column order
 * @param trace the occupancy of each state at rows {@code 0..T}
 * @param costs undiscounted, unweighted occupancy cost at each row: {@code sum_s m_s(t) c_s(t)}
 * @param entryCosts undiscounted one-off entry costs of the cycle that ends at row {@code t} (0 at row 0)
 * @param qalys undiscounted, unweighted QALYs at each row: {@code L sum_s m_s(t) u_s(t)}
 * @param lifeYears undiscounted, unweighted life-years at each row: {@code L sum_{s alive} m_s(t)}
 * @param totals the totals
 * @since 0.1.0
 */
public record StrategyResult(String strategy, List<String> states, double[][] trace, double[] costs,
    double[] entryCosts, double[] qalys, double[] lifeYears, Totals totals) {

  /** Validates and copies. */
  public StrategyResult {
    Args.notBlank(strategy, "strategy");
    states = List.copyOf(states);
    trace = deepCopy(Args.notNull(trace, "trace"));
    costs = Args.notNull(costs, "costs").clone();
    entryCosts = Args.notNull(entryCosts, "entryCosts").clone();
    qalys = Args.notNull(qalys, "qalys").clone();
    lifeYears = Args.notNull(lifeYears, "lifeYears").clone();
    Args.notNull(totals, "totals");
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public double[][] trace() {
    return deepCopy(trace);
  }

  @Override
  public double[] costs() {
    return costs.clone();
  }

  @Override
  public double[] entryCosts() {
    return entryCosts.clone();
  }

  @Override
  public double[] qalys() {
    return qalys.clone();
  }

  @Override
  public double[] lifeYears() {
    return lifeYears.clone();
  }

  /**
   * The occupancy of one state at one row.
   *
   * @param row the row, 0 for the start
   * @param state the state's name
   * @return the occupancy
   */
  public double occupancy(int row, String state) {
    Args.inRange(row, 0, trace.length - 1, "row");
    return trace[row][TransitionMatrix.index(states, state)];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategyResult r && strategy.equals(r.strategy) && states.equals(r.states)
        && Arrays.deepEquals(trace, r.trace) && Arrays.equals(costs, r.costs) && Arrays.equals(entryCosts, r.entryCosts)
        && Arrays.equals(qalys, r.qalys)
        && Arrays.equals(lifeYears, r.lifeYears) && totals.equals(r.totals);
  }

  @Override
  public int hashCode() {
    return strategy.hashCode() * 31 + totals.hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: cost %s, QALYs %.4f, life-years %.4f (%d cycles, states %s)", strategy,
        Money.of(totals.cost(), RoundingMode.HALF_UP).format(), totals.qalys(), totals.lifeYears(), trace.length - 1,
        states);
  }
}
