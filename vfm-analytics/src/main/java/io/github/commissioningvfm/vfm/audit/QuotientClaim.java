package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A printed figure that the evaluation derived as one printed figure divided by another, e.g. cost
 * per meaningful change = threshold / weighted VfM. Checked: {@code result = numerator / denominator}
 * within the rounding of all three.
 *
 * @param name the relation in words
 * @param result the printed result
 * @param numerator the printed numerator
 * @param denominator the printed denominator, not zero
 * @since 0.1.0
 */
public record QuotientClaim(String name, PrintedFigure result, PrintedFigure numerator, PrintedFigure denominator) {

  /**
   * Validates the claim.
   *
   * @param name name
   * @param result result
   * @param numerator numerator
   * @param denominator denominator
   */
  public QuotientClaim {
    Args.notBlank(name, "name");
    Args.notNull(result, "result");
    Args.notNull(numerator, "numerator");
    Args.notNull(denominator, "denominator");
    Args.check(denominator.value() != 0, "denominator", "not be zero", denominator.printed());
  }
}
