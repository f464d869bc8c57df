package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Incremental analysis of any number of strategies: dominance, extended dominance, the efficient
 * frontier and ICERs (method in the package documentation).
 *
 * @since 0.1.0
 */
public final class IncrementalAnalysis {

  /** Relative tolerance under which two ICERs count as equal (neither is extendedly dominated). */
  private static final double ICER_TOLERANCE = 1e-12;

  private IncrementalAnalysis() {
  }

  /**
   * Analyses the strategies.
   *
   * @param outcomes the strategies' expected costs and effects, names distinct
   * @return the table, frontier strategies first (by cost), then the dominated ones by cost
   */
  public static IncrementalTable analyse(List<StrategyOutcome> outcomes) {
    Args.notEmpty(outcomes, "outcomes");
    Args.noNullElements(outcomes, "outcomes");
    Set<String> names = new HashSet<>();
    for (StrategyOutcome o : outcomes) {
      if (!names.add(o.strategy())) {
        throw new IllegalArgumentException("Strategy '" + o.strategy() + "' appears twice");
      }
    }
    double[] cost = outcomes.stream().mapToDouble(StrategyOutcome::cost).toArray();
    double[] effect = outcomes.stream().mapToDouble(StrategyOutcome::effect).toArray();
    Frontier f = classify(cost, effect);
    List<IncrementalRow> frontier = new ArrayList<>();
    List<IncrementalRow> dominated = new ArrayList<>();
    for (int k : f.order()) {
      StrategyOutcome o = outcomes.get(k);
      int previous = f.comparator()[k];
      if (f.status()[k] == Status.NON_DOMINATED && previous >= 0) {
        StrategyOutcome p = outcomes.get(previous);
        double dc = o.cost() - p.cost();
        double de = o.effect() - p.effect();
        frontier.add(new IncrementalRow(o, Status.NON_DOMINATED, Optional.of(p.strategy()), OptionalDouble.of(dc),
            OptionalDouble.of(de), OptionalDouble.of(dc / de)));
      } else if (f.status()[k] == Status.NON_DOMINATED) {
        frontier.add(new IncrementalRow(o, Status.NON_DOMINATED, Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty()));
      } else {
        dominated.add(new IncrementalRow(o, f.status()[k], Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty()));
      }
    }
    frontier.addAll(dominated);
    return new IncrementalTable(frontier);
  }

  /**
   * The classification behind {@link #analyse(List)}, on plain arrays.
   *
   * @param order strategy indices sorted by cost, then by effect (higher first), then by index
   * @param status each strategy's status, by index
   * @param comparator for frontier strategies after the first, the index of the previous frontier
   *     strategy; otherwise -1
   */
  public record Frontier(int[] order, Status[] status, int[] comparator) {
    /** Validates and copies. */
    public Frontier {
      order = order.clone();
      status = status.clone();
      comparator = comparator.clone();
    }

    @Override
    public int[] order() {
      return order.clone();
    }

    @Override
    public Status[] status() {
      return status.clone();
    }

    @Override
    public int[] comparator() {
      return comparator.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Frontier f && Arrays.equals(order, f.order) && Arrays.equals(status, f.status)
          && Arrays.equals(comparator, f.comparator);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(order) * 31 + Arrays.hashCode(status);
    }

    @Override
    public String toString() {
      return "Frontier[order=" + Arrays.toString(order) + ", status=" + Arrays.toString(status) + ", comparator="
          + Arrays.toString(comparator) + "]";
    }
  }

  /**
   * Classifies strategies given as parallel arrays of costs and effects.
   *
   * @param cost the costs, finite
   * @param effect the effects, finite, as many as costs
   * @return the classification
   */
  public static Frontier classify(double[] cost, double[] effect) {
    Args.check(cost.length == effect.length && cost.length > 0, "cost", "have as many entries as effect ("
        + effect.length + "), at least one", cost.length);
    int n = cost.length;
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      Args.finite(cost[i], "cost[" + i + "]");
      Args.finite(effect[i], "effect[" + i + "]");
      boxed[i] = i;
    }
    Arrays.sort(boxed, Comparator.<Integer>comparingDouble(i -> cost[i]).thenComparing(i -> -effect[i])
        .thenComparingInt(i -> i));
    Status[] status = new Status[n];
    List<Integer> frontier = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (int i : boxed) {
      if (!frontier.isEmpty() && effect[i] <= best) {
        status[i] = Status.DOMINATED;
      } else {
        frontier.add(i);
        best = effect[i];
        status[i] = Status.NON_DOMINATED;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 1; k + 1 < frontier.size(); k++) {
        double here = icer(cost, effect, frontier.get(k - 1), frontier.get(k));
        double next = icer(cost, effect, frontier.get(k), frontier.get(k + 1));
        if (here > next + ICER_TOLERANCE * Math.max(Math.abs(here), Math.abs(next))) {
          status[frontier.remove(k)] = Status.EXTENDEDLY_DOMINATED;
          changed = true;
          break;
        }
      }
    }
    int[] comparator = new int[n];
    Arrays.fill(comparator, -1);
    for (int k = 1; k < frontier.size(); k++) {
      comparator[frontier.get(k)] = frontier.get(k - 1);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return new Frontier(order, status, comparator);
  }

  private static double icer(double[] cost, double[] effect, int from, int to) {
    return (cost[to] - cost[from]) / (effect[to] - effect[from]);
  }
}
