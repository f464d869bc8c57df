package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import java.math.BigDecimal;

/**
 * An option's total cost and total effect.
 *
 * @param option the option's name
 * @param cost the total (present) cost
 * @param effect the total (present) effect, in the measure's units
 * @since 0.1.0
 */
public record CostEffect(String option, Cost cost, BigDecimal effect) {
  /** Validates. */
  public CostEffect {
    Args.notBlank(option, "option");
    Args.notNull(cost, "cost");
    Args.notNull(effect, "effect");
  }
}
