package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;

/**
 * One pair of ROI figures: {@code roiRatio = benefits / investment} and
 * {@code netRoi = (benefits - investment) / investment = roiRatio - 1}, both undefined (with the
 * reason) when the investment is not positive. The one ROI type of the library: the ROI strategy and
 * the counterfactual ROI of contact records both report it.
 *
 * @param label what the figures describe, e.g. "total" or "year 2" or "NHS"
 * @param investment the investment (incremental cost)
 * @param benefits the benefits (incremental), in the investment's price base
 * @param roiRatio benefits / investment, as {@link #of} computes it
 * @param netRoi (benefits - investment) / investment, as {@link #of} computes it
 * @since 0.1.0
 */
public record RoiFigures(String label, Cost investment, Cost benefits, Figure roiRatio, Figure netRoi) {

  /**
   * Validates: one price base, and ratios that follow from the amounts.
   *
   * @throws PriceBaseMismatchException if the amounts are in different price bases
   * @throws IllegalArgumentException if a ratio is not the one the amounts give
   */
  public RoiFigures {
    Args.notBlank(label, "label");
    Args.notNull(investment, "investment");
    Args.notNull(benefits, "benefits");
    Args.notNull(roiRatio, "roiRatio");
    Args.notNull(netRoi, "netRoi");
    PriceBases.requireOne("combine in ROI figures", investment, benefits);
    Figure ratio = ratio(investment, benefits);
    Args.check(roiRatio.equals(ratio), "roiRatio", "follow from the amounts (" + ratio + ")", roiRatio);
    Figure net = net(ratio);
    Args.check(netRoi.equals(net), "netRoi", "follow from the amounts (" + net + ")", netRoi);
  }

  /**
   * Computes both figures.
   *
   * @param label what they describe
   * @param investment the investment
   * @param benefits the benefits, in the investment's price base
   * @return the figures
   * @throws PriceBaseMismatchException if the amounts are in different price bases
   */
  public static RoiFigures of(String label, Cost investment, Cost benefits) {
    Args.notNull(investment, "investment");
    Args.notNull(benefits, "benefits");
    PriceBases.requireOne("combine in ROI figures", investment, benefits);
    Figure ratio = ratio(investment, benefits);
    return new RoiFigures(label, investment, benefits, ratio, net(ratio));
  }

  private static Figure ratio(Cost investment, Cost benefits) {
    return Figure.ratio(benefits.amount().amount(), investment.amount().amount(), "investment (incremental cost)");
  }

  /** {@code ratio - 1}, or the undefined ratio itself. */
  static Figure net(Figure ratio) {
    return ratio instanceof Figure.Ratio r ? new Figure.Ratio(r.value().subtract(BigDecimal.ONE)) : ratio;
  }

  @Override
  public String toString() {
    return label + ": ROI ratio " + roiRatio + " (" + benefits + " back on " + investment + "); net ROI " + netRoi;
  }
}
