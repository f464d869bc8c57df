package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * One payment option seen from the provider: its income, full cost and surplus or subsidy at low,
 * expected and high activity, and where it breaks even.
 *
 * @param option the option's label
 * @param mechanism the mechanism's name
 * @param low the margin at low activity
 * @param expected the margin at expected activity
 * @param high the margin at high activity
 * @param breakEven the volumes at which the option covers full cost
 * @since 0.1.0
 */
public record ProviderRiskRow(String option, String mechanism, Margin low, Margin expected, Margin high,
    ProviderBreakEven breakEven) {

  /**
   * Creates a row.
   *
   * @param option the option's label
   * @param mechanism the mechanism's name
   * @param low the margin at low activity
   * @param expected the margin at expected activity
   * @param high the margin at high activity
   * @param breakEven the break-even volumes
   */
  public ProviderRiskRow {
    Args.notBlank(option, "option");
    Args.notBlank(mechanism, "mechanism");
    Args.notNull(low, "low");
    Args.notNull(expected, "expected");
    Args.notNull(high, "high");
    Args.notNull(breakEven, "breakEven");
  }

  /**
   * The provider's exposure to activity: how far its result moves between the scenarios.
   *
   * @return max(net) - min(net) over low, expected and high
   */
  public Money range() {
    Money a = low.net();
    Money b = expected.net();
    Money c = high.net();
    Money max = a.compareTo(b) >= 0 ? a : b;
    max = max.compareTo(c) >= 0 ? max : c;
    Money min = a.compareTo(b) <= 0 ? a : b;
    min = min.compareTo(c) <= 0 ? min : c;
    return max.minus(min);
  }

  /**
   * The worst result over the three scenarios.
   *
   * @return min(net) over low, expected and high
   */
  public Money worst() {
    Money min = low.net().compareTo(expected.net()) <= 0 ? low.net() : expected.net();
    return min.compareTo(high.net()) <= 0 ? min : high.net();
  }
}
