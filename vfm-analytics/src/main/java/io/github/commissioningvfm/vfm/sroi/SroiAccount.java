package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The SROI of one investment: {@code sroiRatio = totalPresentValue / investment};
 * {@code netSroiRatio = (totalPresentValue - investment) / investment}.
 *
 * @param label what was invested in
 * @param investment the investment
 * @param lines the outcome lines
 * @param totalPresentValue the sum of the lines' present values
 * @param netPresentValue {@code totalPresentValue - investment}
 * @param sroiRatio the SROI ratio
 * @param netSroiRatio the net SROI ratio
 * @since 0.1.0
 */
public record SroiAccount(String label, Cost investment, List<SroiLine> lines, Cost totalPresentValue,
    Cost netPresentValue, Figure sroiRatio, Figure netSroiRatio) {

  /** Validates and copies; every amount, the lines' included, must be in one price base. */
  public SroiAccount {
    Args.notBlank(label, "label");
    Args.notNull(investment, "investment");
    lines = List.copyOf(Args.noNullElements(lines, "lines"));
    Args.notNull(totalPresentValue, "totalPresentValue");
    Args.notNull(netPresentValue, "netPresentValue");
    Args.notNull(sroiRatio, "sroiRatio");
    Args.notNull(netSroiRatio, "netSroiRatio");
    List<Cost> all = new ArrayList<>(List.of(investment, totalPresentValue, netPresentValue));
    lines.forEach(l -> all.add(l.presentValue()));
    PriceBases.requireOne("combine in an SROI account", all);
  }

  /**
   * Adds up the lines and computes the ratios.
   *
   * @param label what was invested in
   * @param investment the investment
   * @param lines the lines
   * @return the account
   */
  public static SroiAccount of(String label, Cost investment, List<SroiLine> lines) {
    Cost total = Cost.zero(investment.priceBase());
    for (SroiLine l : lines) {
      total = total.plus(l.presentValue());
    }
    Figure ratio = Figure.ratio(total.amount().amount(), investment.amount().amount(), "investment");
    Figure net = ratio instanceof Figure.Ratio r ? new Figure.Ratio(r.value().subtract(BigDecimal.ONE)) : ratio;
    return new SroiAccount(label, investment, lines, total, total.minus(investment), ratio, net);
  }
}
