package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The expected cost and effect (usually QALYs) of one strategy, per person.
 *
 * @param strategy the strategy's name
 * @param cost the cost in pounds
 * @param effect the effect, e.g. QALYs
 * @since 0.1.0
 */
public record StrategyOutcome(String strategy, double cost, double effect) {

  /** Validates. */
  public StrategyOutcome {
    Args.notBlank(strategy, "strategy");
    Args.finite(cost, "cost");
    Args.finite(effect, "effect");
  }

  /**
   * Net monetary benefit {@code lambda E - C}.
   *
   * @param threshold {@code lambda}, pounds per unit of effect
   * @return the NMB in pounds
   */
  public double netMonetaryBenefit(double threshold) {
    return threshold * effect - cost;
  }

  /**
   * Net health benefit {@code E - C / lambda}.
   *
   * @param threshold {@code lambda}, positive
   * @return the NHB in units of effect
   */
  public double netHealthBenefit(double threshold) {
    Args.positive(threshold, "threshold");
    return effect - cost / threshold;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: cost %s, effect %.4f", strategy,
        Money.of(cost, RoundingMode.HALF_UP).format(), effect);
  }
}
