package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.rate.Percentage;
import java.math.BigDecimal;

/**
 * An optimism-bias uplift on cost estimates: {@code adjusted = cost x (1 + uplift)}.
 *
 * <p>The Green Book asks appraisers to adjust for the systematic tendency to underestimate costs
 * (HM Treasury, The Green Book, "optimism bias", and its supplementary guidance on optimism bias).
 * The uplift depends on the kind of project and the stage of appraisal; the analyst states it and its
 * basis, which are reported with the results.
 *
 * @param uplift the uplift, not negative
 * @param basis where the uplift comes from
 * @since 0.1.0
 */
public record OptimismBias(Percentage uplift, String basis) {

  /** No uplift. */
  public static final OptimismBias NONE = new OptimismBias(new Percentage(BigDecimal.ZERO), "no optimism-bias uplift");

  /** Validates. */
  public OptimismBias {
    Args.notNull(uplift, "uplift");
    Args.notNegative(uplift.fraction(), "uplift");
    Args.notBlank(basis, "basis");
  }

  /**
   * Creates an uplift from a percentage text such as "24".
   *
   * @param percent the uplift in percent
   * @param basis where it comes from
   * @return the uplift
   */
  public static OptimismBias ofPercent(String percent, String basis) {
    return new OptimismBias(Percentage.ofPercent(percent), basis);
  }

  /**
   * Applies the uplift: {@code cost x (1 + uplift)}.
   *
   * @param cost the cost
   * @return the uplifted cost
   */
  public Cost apply(Cost cost) {
    return cost.multipliedBy(BigDecimal.ONE.add(uplift.fraction()));
  }

  /**
   * A description for result sources.
   *
   * @return e.g. "optimism bias +24% (basis)"
   */
  public String describe() {
    return "optimism bias +" + uplift + " (" + basis + ")";
  }
}
