package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.frontier.EfficientFrontier;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cost-effectiveness calculations (formulas in the package documentation).
 *
 * @since 0.1.0
 */
public final class CostEffectiveness {

  private CostEffectiveness() {
  }

  /**
   * Cost per unit of outcome {@code C / E}; undefined if {@code E} is not positive.
   *
   * @param cost the cost
   * @param outcomes the outcome units achieved (e.g. participants with a clinically meaningful change)
   * @return the ratio
   */
  public static Figure costPerOutcome(Cost cost, BigDecimal outcomes) {
    Args.notNull(cost, "cost");
    return Figure.ratio(cost.amount().amount(), outcomes, "outcome achieved");
  }

  /**
   * {@code ICER = (C1 - C0) / (E1 - E0)}; undefined if the effect difference is zero or negative.
   *
   * @param comparator option 0
   * @param option option 1
   * @return the ratio
   */
  public static Figure icer(CostEffect comparator, CostEffect option) {
    Args.notNull(comparator, "comparator");
    Args.notNull(option, "option");
    return Figure.ratio(option.cost().minus(comparator.cost()).amount().amount(),
        option.effect().subtract(comparator.effect()), "effect difference of '" + option.option() + "' over '"
            + comparator.option() + "'");
  }

  /**
   * {@code NMB = lambda x E - C}.
   *
   * @param ce the option
   * @param threshold {@code lambda}, the value of one unit of effect
   * @return the net monetary benefit
   */
  public static Cost netMonetaryBenefit(CostEffect ce, Cost threshold) {
    Args.notNull(ce, "ce");
    Args.notNull(threshold, "threshold");
    return threshold.multipliedBy(ce.effect()).minus(ce.cost());
  }

  /**
   * {@code INMB = lambda x (E1 - E0) - (C1 - C0)}.
   *
   * @param comparator option 0
   * @param option option 1
   * @param threshold {@code lambda}
   * @return the incremental net monetary benefit
   */
  public static Cost incrementalNetMonetaryBenefit(CostEffect comparator, CostEffect option, Cost threshold) {
    return netMonetaryBenefit(option, threshold).minus(netMonetaryBenefit(comparator, threshold));
  }

  /**
   * Ranks options by dominance and extended dominance, cheapest first ({@link EfficientFrontier}).
   *
   * @param options the options, at least one, names distinct, one price base
   * @return the ranking, ordered by cost then by effect (higher first)
   */
  public static List<RankedOption> rank(List<CostEffect> options) {
    Args.notEmpty(options, "options");
    double[] cost = new double[options.size()];
    double[] effect = new double[options.size()];
    for (int i = 0; i < options.size(); i++) {
      cost[i] = options.get(i).cost().amount().amount().doubleValue();
      effect[i] = options.get(i).effect().doubleValue();
    }
    EfficientFrontier frontier = EfficientFrontier.classify(cost, effect);
    Dominance[] dominance = frontier.dominance();
    int[] comparator = frontier.comparator();
    List<RankedOption> out = new ArrayList<>();
    for (int i : frontier.order()) {
      CostEffect ce = options.get(i);
      Dominance d = dominance[i];
      if (d == Dominance.NON_DOMINATED && comparator[i] >= 0) {
        CostEffect previous = options.get(comparator[i]);
        out.add(new RankedOption(ce, d, Optional.of(previous.option()), icer(previous, ce)));
      } else {
        String reason = d == Dominance.NON_DOMINATED ? "the cheapest option on the frontier has no comparator"
            : "the option is " + d.label();
        out.add(new RankedOption(ce, d, Optional.empty(), new Figure.Undefined(reason)));
      }
    }
    return out;
  }
}
