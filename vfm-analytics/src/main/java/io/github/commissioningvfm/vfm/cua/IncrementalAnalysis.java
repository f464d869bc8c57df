package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.frontier.EfficientFrontier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Incremental analysis of any number of strategies: dominance, extended dominance, the efficient
 * frontier and ICERs ({@link EfficientFrontier}, method in the {@code vfm.frontier} package documentation).
 *
 * @since 0.1.0
 */
public final class IncrementalAnalysis {

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
    EfficientFrontier f = EfficientFrontier.classify(cost, effect);
    List<IncrementalRow> frontier = new ArrayList<>();
    List<IncrementalRow> dominated = new ArrayList<>();
    for (int k : f.order()) {
      StrategyOutcome o = outcomes.get(k);
      int previous = f.comparator()[k];
      if (f.dominance()[k] == Dominance.NON_DOMINATED && previous >= 0) {
        StrategyOutcome p = outcomes.get(previous);
        double dc = o.cost() - p.cost();
        double de = o.effect() - p.effect();
        frontier.add(new IncrementalRow(o, Dominance.NON_DOMINATED, Optional.of(p.strategy()), OptionalDouble.of(dc),
            OptionalDouble.of(de), OptionalDouble.of(dc / de)));
      } else if (f.dominance()[k] == Dominance.NON_DOMINATED) {
        frontier.add(new IncrementalRow(o, Dominance.NON_DOMINATED, Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty()));
      } else {
        dominated.add(new IncrementalRow(o, f.dominance()[k], Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty()));
      }
    }
    frontier.addAll(dominated);
    return new IncrementalTable(frontier);
  }
}
