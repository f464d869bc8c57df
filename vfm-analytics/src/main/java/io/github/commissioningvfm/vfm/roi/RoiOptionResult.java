package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The ROI figures of one option against the counterfactual.
 *
 * @param option the option's name
 * @param total all benefits over the investment
 * @param fiscal cashable benefits only over the investment
 * @param perYear the figures year by year
 * @param perPerspective benefits received by each perspective over the costs it bears
 * @param perStream each benefit stream's benefits over the whole investment (they add up to the total ratio)
 * @param breakEven the break-even volume of each avoided-use stream
 * @since 0.1.0
 */
public record RoiOptionResult(String option, RoiFigures total, RoiFigures fiscal, List<RoiFigures> perYear,
    List<RoiFigures> perPerspective, List<RoiFigures> perStream, List<BreakEven> breakEven) {
  /** Validates and copies. */
  public RoiOptionResult {
    Args.notBlank(option, "option");
    Args.notNull(total, "total");
    Args.notNull(fiscal, "fiscal");
    perYear = List.copyOf(Args.noNullElements(perYear, "perYear"));
    perPerspective = List.copyOf(Args.noNullElements(perPerspective, "perPerspective"));
    perStream = List.copyOf(Args.noNullElements(perStream, "perStream"));
    breakEven = List.copyOf(Args.noNullElements(breakEven, "breakEven"));
  }
}
