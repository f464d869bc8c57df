package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;

/**
 * One strategy's cloud on the cost-effectiveness plane: its incremental effect and cost against the
 * reference strategy in each simulation, {@code (E_s(i) - E_ref(i), C_s(i) - C_ref(i))}.
 *
 * @param strategy the strategy's name
 * @param incrementalEffect one value per simulation (x axis)
 * @param incrementalCost one value per simulation (y axis)
 * @since 0.1.0
 */
public record PlaneSeries(String strategy, double[] incrementalEffect, double[] incrementalCost) {

  /** Validates and copies. */
  public PlaneSeries {
    Args.notBlank(strategy, "strategy");
    Args.check(incrementalEffect.length == incrementalCost.length, "incrementalCost", "match incrementalEffect ("
        + incrementalEffect.length + ")", incrementalCost.length);
    incrementalEffect = incrementalEffect.clone();
    incrementalCost = incrementalCost.clone();
  }

  @Override
  public double[] incrementalEffect() {
    return incrementalEffect.clone();
  }

  @Override
  public double[] incrementalCost() {
    return incrementalCost.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaneSeries p && strategy.equals(p.strategy)
        && Arrays.equals(incrementalEffect, p.incrementalEffect) && Arrays.equals(incrementalCost, p.incrementalCost);
  }

  @Override
  public int hashCode() {
    return strategy.hashCode();
  }

  @Override
  public String toString() {
    return "PlaneSeries[" + strategy + ", " + incrementalCost.length + " simulations]";
  }
}
