package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The impact adjustments of a benefit: what would have happened anyway, what is due to others,
 * what is only moved elsewhere, and how the benefit fades.
 *
 * <p>Net benefit in year {@code t} (0 for the first year):
 * {@code net(t) = gross(t) x (1 - deadweight) x (1 - attribution) x (1 - displacement) x (1 - dropOff)^t}.
 * Each factor lies in [0, 1], so an adjustment never increases a benefit. Drop-off compounds from
 * the second year, as in the SROI Guide (Cabinet Office 2012, "A guide to Social Return on
 * Investment", stage 4).
 *
 * @param deadweight share of the outcome that would have happened anyway
 * @param attribution share of the outcome due to other people or organisations
 * @param displacement share of the outcome that only moves a problem (or benefit) elsewhere
 * @param dropOff yearly fall in the outcome after the first year
 * @since 0.1.0
 */
public record ImpactAdjustments(Proportion deadweight, Proportion attribution, Proportion displacement,
    Proportion dropOff) {

  /** No adjustment: the gross benefit is the net benefit. */
  public static final ImpactAdjustments NONE =
      new ImpactAdjustments(Proportion.NONE, Proportion.NONE, Proportion.NONE, Proportion.NONE);

  /** Validates. */
  public ImpactAdjustments {
    Args.notNull(deadweight, "deadweight");
    Args.notNull(attribution, "attribution");
    Args.notNull(displacement, "displacement");
    Args.notNull(dropOff, "dropOff");
  }

  /**
   * Creates adjustments from fractions in [0, 1].
   *
   * @param deadweight the deadweight fraction
   * @param attribution the attribution fraction
   * @param displacement the displacement fraction
   * @param dropOff the yearly drop-off fraction
   * @return the adjustments
   */
  public static ImpactAdjustments of(String deadweight, String attribution, String displacement, String dropOff) {
    return new ImpactAdjustments(Proportion.of(deadweight), Proportion.of(attribution),
        Proportion.of(displacement), Proportion.of(dropOff));
  }

  /**
   * The factor applied to every year: {@code (1 - deadweight) x (1 - attribution) x (1 - displacement)}.
   *
   * @return the factor, in [0, 1]
   */
  public BigDecimal baseFactor() {
    return deadweight.complement().fraction()
        .multiply(attribution.complement().fraction())
        .multiply(displacement.complement().fraction());
  }

  /**
   * The whole factor for year {@code t}: {@code baseFactor() x (1 - dropOff)^t}.
   *
   * @param year the year index, 0 for the first year
   * @return the factor, in [0, 1]
   */
  public BigDecimal factor(int year) {
    Args.notNegative(year, "year");
    return baseFactor().multiply(dropOff.complement().fraction().pow(year), MathContext.DECIMAL128);
  }

  /**
   * A readable description, e.g. "deadweight 20%, attribution 10%, displacement 0%, drop-off 5%".
   *
   * @return the description
   */
  public String describe() {
    return "deadweight " + deadweight + ", attribution " + attribution + ", displacement " + displacement
        + ", drop-off " + dropOff;
  }
}
