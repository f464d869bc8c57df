package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A printed change figure or a coefficient on a change score, with what the text says it means.
 * Checked: the effect implied by its sign under the orientation equals the stated effect.
 *
 * @param figure the printed figure (a mean change, or the change per unit of a covariate)
 * @param orientation how the change was computed and which way the measure is better
 * @param stated what the text says the figure means
 * @since 0.1.0
 */
public record SignClaim(PrintedFigure figure, Orientation orientation, StatedEffect stated) {

  /**
   * Validates the claim.
   *
   * @param figure figure
   * @param orientation orientation
   * @param stated stated effect
   */
  public SignClaim {
    Args.notNull(figure, "figure");
    Args.notNull(orientation, "orientation");
    Args.notNull(stated, "stated");
    Args.check(figure.value() != 0, "figure", "be non-zero to carry a direction", figure.printed());
  }
}
