package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Whether a printed quotient equals its printed numerator divided by its printed denominator.
 * Formula: computed {@code = numerator / denominator}; the range {@code [low, high]} is the quotient
 * over the rounding intervals of numerator and denominator; consistent when the rounding interval of
 * the printed result meets it.
 *
 * @param claim the printed figures
 * @param computed numerator / denominator as printed
 * @param low lowest quotient within the rounding of the inputs
 * @param high highest quotient within the rounding of the inputs
 * @param consistent whether the printed result lies in reach
 * @param summary one sentence
 * @param arithmetic the steps
 * @since 0.1.0
 */
public record QuotientFinding(QuotientClaim claim, double computed, double low, double high, boolean consistent,
    String summary, List<String> arithmetic) implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param claim claim
   * @param computed computed
   * @param low low
   * @param high high
   * @param consistent consistent
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public QuotientFinding {
    Args.notNull(claim, "claim");
    Args.finite(computed, "computed");
    Args.finite(low, "low");
    Args.finite(high, "high");
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  @Override
  public String check() {
    return "printed quotient";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
