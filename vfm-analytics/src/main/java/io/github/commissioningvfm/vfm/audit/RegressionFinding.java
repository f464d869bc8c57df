package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Whether a printed regression, fitted at the means of its covariates, reproduces the printed mean
 * of its response. Formula: the fitted range is {@code b0 + sum b_j [low_j, high_j]} with every
 * printed coefficient taken over its rounding interval; the gap is the distance from the printed
 * mean's rounding interval to that range (0 when they meet).
 *
 * @param claim the printed figures
 * @param fittedLow lowest fitted mean
 * @param fittedHigh highest fitted mean
 * @param gap distance from the printed mean to the fitted range
 * @param consistent whether the printed mean lies in the fitted range
 * @param summary one sentence
 * @param arithmetic the steps
 * @since 0.1.0
 */
public record RegressionFinding(RegressionClaim claim, double fittedLow, double fittedHigh, double gap,
    boolean consistent, String summary, List<String> arithmetic) implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param claim claim
   * @param fittedLow low
   * @param fittedHigh high
   * @param gap gap
   * @param consistent consistent
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public RegressionFinding {
    Args.notNull(claim, "claim");
    Args.finite(fittedLow, "fittedLow");
    Args.finite(fittedHigh, "fittedHigh");
    Args.notNegative(gap, "gap");
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  @Override
  public String check() {
    return "regression at the means";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
