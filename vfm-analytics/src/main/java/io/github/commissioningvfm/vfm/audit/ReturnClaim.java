package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A printed return on investment (often a percentage), the formula the evaluation states, and what
 * its text says the figure means. Both readings are always shown: as an ROI ratio (benefits / cost)
 * and as a net ROI ((benefits - cost) / cost).
 *
 * @param figure the printed return, e.g. {@code 15%}
 * @param formula the formula the evaluation states
 * @param stated what the text says it means
 * @since 0.1.0
 */
public record ReturnClaim(PrintedFigure figure, ReturnFormula formula, StatedReturn stated) {

  /**
   * Validates the claim.
   *
   * @param figure figure
   * @param formula formula
   * @param stated stated meaning
   */
  public ReturnClaim {
    Args.notNull(figure, "figure");
    Args.notNull(formula, "formula");
    Args.notNull(stated, "stated");
  }
}
