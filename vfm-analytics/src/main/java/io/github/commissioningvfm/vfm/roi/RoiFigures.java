package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.spi.Ratio;
import java.math.BigDecimal;

/**
 * One pair of ROI figures: {@code roiRatio = benefits / investment} and
 * {@code netRoi = (benefits - investment) / investment}, both undefined (with the reason) when the
 * investment is not positive.
 *
 * @param label what the figures describe, e.g. "total" or "year 2" or "NHS"
 * @param investment the investment (incremental cost)
 * @param benefits the benefits (incremental)
 * @param roiRatio benefits / investment
 * @param netRoi (benefits - investment) / investment
 * @since 0.1.0
 */
public record RoiFigures(String label, Cost investment, Cost benefits, Ratio roiRatio, Ratio netRoi) {

  /** Validates. */
  public RoiFigures {
    Args.notBlank(label, "label");
    Args.notNull(investment, "investment");
    Args.notNull(benefits, "benefits");
    Args.notNull(roiRatio, "roiRatio");
    Args.notNull(netRoi, "netRoi");
  }

  /**
   * Computes both figures.
   *
   * @param label what they describe
   * @param investment the investment
   * @param benefits the benefits
   * @return the figures
   */
  public static RoiFigures of(String label, Cost investment, Cost benefits) {
    Ratio ratio = Ratio.of(benefits.amount().amount(), investment.amount().amount(), "investment (incremental cost)");
    return new RoiFigures(label, investment, benefits, ratio, ratio.minus(BigDecimal.ONE));
  }
}
