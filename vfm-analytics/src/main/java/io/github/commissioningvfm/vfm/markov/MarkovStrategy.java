package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One strategy of a cohort model: its transition probabilities, its state costs per cycle, its
 * state utilities per year, and one-off costs paid on entering a state from another state.
 *
 * @param name the strategy's name
 * @param transitions the transition probabilities of each cycle
 * @param costs the cost per cycle of each state at each trace row
 * @param utilities the utility weight (per year in full health) of each state at each trace row
 * @param entryCosts one-off costs on entering a state from a different state, by state name
 * @since 0.1.0
 */
public record MarkovStrategy(String name, TransitionModel transitions, StateValues costs, StateValues utilities,
    Map<String, Double> entryCosts) {

  /** Validates and copies. */
  public MarkovStrategy {
    Args.notBlank(name, "name");
    Args.notNull(transitions, "transitions");
    Args.notNull(costs, "costs");
    Args.notNull(utilities, "utilities");
    entryCosts = Map.copyOf(Args.noNullEntries(entryCosts, "entryCosts"));
    entryCosts.forEach((k, v) -> Args.finite(v, "entryCosts['" + k + "']"));
  }

  /**
   * A strategy without transition costs.
   *
   * @param name the name
   * @param transitions the transitions
   * @param costs the state costs per cycle
   * @param utilities the state utilities
   * @return the strategy
   */
  public static MarkovStrategy of(String name, TransitionModel transitions, StateValues costs, StateValues utilities) {
    return new MarkovStrategy(name, transitions, costs, utilities, Map.of());
  }

  /**
   * A copy with a one-off cost on entering a state.
   *
   * @param state the state entered
   * @param cost the cost per person entering
   * @return the copy
   */
  public MarkovStrategy withEntryCost(String state, double cost) {
    Map<String, Double> m = new LinkedHashMap<>(entryCosts);
    m.put(Args.notBlank(state, "state"), cost);
    return new MarkovStrategy(name, transitions, costs, utilities, m);
  }
}
