package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A strategy's net benefit at a threshold: {@code NMB = lambda E - C}, {@code NHB = E - C / lambda}.
 *
 * @param strategy the strategy's name
 * @param threshold {@code lambda}, pounds per unit of effect
 * @param netMonetaryBenefit the NMB in pounds
 * @param netHealthBenefit the NHB in units of effect
 * @since 0.1.0
 */
public record NetBenefit(String strategy, double threshold, double netMonetaryBenefit, double netHealthBenefit) {

  /** Validates. */
  public NetBenefit {
    Args.notBlank(strategy, "strategy");
    Args.positive(threshold, "threshold");
    Args.finite(netMonetaryBenefit, "netMonetaryBenefit");
    Args.finite(netHealthBenefit, "netHealthBenefit");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s at %s per unit: NMB %s, NHB %.4f", strategy,
        Money.of(threshold, RoundingMode.HALF_UP).format(), Money.of(netMonetaryBenefit, RoundingMode.HALF_UP).format(),
        netHealthBenefit);
  }
}
