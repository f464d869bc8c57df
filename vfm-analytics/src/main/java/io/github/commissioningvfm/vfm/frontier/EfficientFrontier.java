package io.github.commissioningvfm.vfm.frontier;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Options classified by dominance and extended dominance (method in the package documentation), on
 * plain arrays indexed like the costs and effects given to {@link #classify}.
 *
 * @param order option indices sorted by cost, then by effect (higher first), then by index
 * @param dominance each option's place, by index
 * @param comparator for frontier options after the first, the index of the previous frontier option;
 *     otherwise -1
 * @since 0.1.0
 */
public record EfficientFrontier(int[] order, Dominance[] dominance, int[] comparator) {

  /** Relative tolerance under which two ICERs count as equal (neither is extendedly dominated). */
  private static final double ICER_TOLERANCE = 1e-12;

  /** Validates and copies. */
  public EfficientFrontier {
    Args.notNull(order, "order");
    Args.notNull(dominance, "dominance");
    Args.notNull(comparator, "comparator");
    Args.check(dominance.length == order.length && comparator.length == order.length, "dominance",
        "have as many entries as order (" + order.length + ") and comparator (" + comparator.length + ")",
        dominance.length);
    Args.noNullElements(Arrays.asList(dominance), "dominance");
    order = order.clone();
    dominance = dominance.clone();
    comparator = comparator.clone();
  }

  /**
   * Classifies options given as parallel arrays of costs and effects.
   *
   * @param cost the costs, finite, at least one
   * @param effect the effects, finite, as many as costs
   * @return the classification
   */
  public static EfficientFrontier classify(double[] cost, double[] effect) {
    Args.notNull(cost, "cost");
    Args.notNull(effect, "effect");
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
    Dominance[] dominance = new Dominance[n];
    List<Integer> frontier = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (int i : boxed) {
      if (!frontier.isEmpty() && effect[i] <= best) {
        dominance[i] = Dominance.DOMINATED;
      } else {
        frontier.add(i);
        best = effect[i];
        dominance[i] = Dominance.NON_DOMINATED;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 1; k + 1 < frontier.size(); k++) {
        double here = icer(cost, effect, frontier.get(k - 1), frontier.get(k));
        double next = icer(cost, effect, frontier.get(k), frontier.get(k + 1));
        if (here > next + ICER_TOLERANCE * Math.max(Math.abs(here), Math.abs(next))) {
          dominance[frontier.remove(k)] = Dominance.EXTENDEDLY_DOMINATED;
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
    return new EfficientFrontier(order, dominance, comparator);
  }

  private static double icer(double[] cost, double[] effect, int from, int to) {
    return (cost[to] - cost[from]) / (effect[to] - effect[from]);
  }

  @Override
  public int[] order() {
    return order.clone();
  }

  @Override
  public Dominance[] dominance() {
    return dominance.clone();
  }

  @Override
  public int[] comparator() {
    return comparator.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EfficientFrontier f && Arrays.equals(order, f.order) && Arrays.equals(dominance, f.dominance)
        && Arrays.equals(comparator, f.comparator);
  }

  /**
   * A hash consistent with {@link #equals}, from the arrays' contents:
   * {@code (Arrays.hashCode(order) x 31 + Arrays.hashCode(dominance)) x 31 + Arrays.hashCode(comparator)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (Arrays.hashCode(order) * 31 + Arrays.hashCode(dominance)) * 31 + Arrays.hashCode(comparator);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Efficient frontier (by cost):");
    for (int i : order) {
      sb.append(String.format(Locale.ROOT, "%n  option %d: %s", i, dominance[i].label()));
      if (comparator[i] >= 0) {
        sb.append(" (after option ").append(comparator[i]).append(')');
      }
    }
    return sb.toString();
  }
}
