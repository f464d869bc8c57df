package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The run of every strategy of a cohort model.
 *
 * @param cycles the number of cycles {@code T}
 * @param cycleLengthYears the cycle length {@code L}
 * @param counting the counting convention's description
 * @param strategies one result per strategy, in the model's order
 * @since 0.1.0
 */
public record MarkovResult(int cycles, double cycleLengthYears, String counting, List<StrategyResult> strategies) {

  /** Validates and copies. */
  public MarkovResult {
    Args.positive(cycles, "cycles");
    Args.positive(cycleLengthYears, "cycleLengthYears");
    Args.notBlank(counting, "counting");
    strategies = List.copyOf(Args.notEmpty(strategies, "strategies"));
  }

  /**
   * One strategy's result.
   *
   * @param name the strategy's name
   * @return the result
   */
  public StrategyResult strategy(String name) {
    return strategies.stream().filter(s -> s.strategy().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("No strategy '" + name + "'; strategies are "
            + strategies.stream().map(StrategyResult::strategy).toList()));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MarkovResult (" + cycles + " cycles of " + cycleLengthYears + " years, "
        + counting + ")");
    strategies.forEach(s -> sb.append("\n  ").append(s));
    return sb.toString();
  }
}
