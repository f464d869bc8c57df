package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * A payment option's spend at low, expected and high activity.
 *
 * @param option the option's label
 * @param mechanism the mechanism's name
 * @param low spend at low activity
 * @param expected spend at expected activity
 * @param high spend at high activity
 * @since 0.1.0
 */
public record RiskRow(String option, String mechanism, Money low, Money expected, Money high) {

  /**
   * Creates a row.
   *
   * @param option the option's label
   * @param mechanism the mechanism's name
   * @param low spend at low activity
   * @param expected spend at expected activity
   * @param high spend at high activity
   */
  public RiskRow {
    Args.notBlank(option, "option");
    Args.notBlank(mechanism, "mechanism");
    Args.notNull(low, "low");
    Args.notNull(expected, "expected");
    Args.notNull(high, "high");
  }

  /**
   * The commissioner's exposure to activity: {@code max(low, expected, high) - min(low, expected, high)}.
   * Zero for a block, whose spend does not depend on activity.
   *
   * @return the range of spend
   */
  public Money range() {
    Money max = low.compareTo(expected) >= 0 ? low : expected;
    max = max.compareTo(high) >= 0 ? max : high;
    Money min = low.compareTo(expected) <= 0 ? low : expected;
    min = min.compareTo(high) <= 0 ? min : high;
    return max.minus(min);
  }
}
