package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One strategy of an incremental analysis. Frontier strategies other than the cheapest carry their
 * comparator (the previous frontier strategy), incremental cost and effect, and ICER; the others
 * carry none of these.
 *
 * @param outcome the strategy's cost and effect
 * @param status its place: on the frontier, dominated or extendedly dominated
 * @param comparator the previous frontier strategy, for frontier strategies after the first
 * @param incrementalCost {@code C_k - C_{k-1}}
 * @param incrementalEffect {@code E_k - E_{k-1}}
 * @param icer {@code (C_k - C_{k-1}) / (E_k - E_{k-1})}
 * @since 0.1.0
 */
public record IncrementalRow(StrategyOutcome outcome, Dominance status, Optional<String> comparator,
    OptionalDouble incrementalCost, OptionalDouble incrementalEffect, OptionalDouble icer) {

  /** Validates. */
  public IncrementalRow {
    Args.notNull(outcome, "outcome");
    Args.notNull(status, "status");
    Args.notNull(comparator, "comparator");
    Args.notNull(incrementalCost, "incrementalCost");
    Args.notNull(incrementalEffect, "incrementalEffect");
    Args.notNull(icer, "icer");
  }

  /**
   * The strategy's name.
   *
   * @return the name
   */
  public String strategy() {
    return outcome.strategy();
  }

  @Override
  public String toString() {
    String base = outcome + ", " + status.label();
    if (icer.isEmpty()) {
      return base;
    }
    return base + String.format(Locale.ROOT, ", vs %s: +%s, +%.4f, ICER %s", comparator.orElseThrow(),
        Money.of(incrementalCost.getAsDouble(), RoundingMode.HALF_UP).format(), incrementalEffect.getAsDouble(),
        Money.of(icer.getAsDouble(), RoundingMode.HALF_UP).format());
  }
}
