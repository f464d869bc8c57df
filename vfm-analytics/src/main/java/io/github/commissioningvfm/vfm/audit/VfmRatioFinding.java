package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Whether the ratio of printed unweighted to weighted VfM respects the bound its allocation rule
 * implies (derivation in the package documentation). Per-session allocation:
 * {@code U / W <= (mean s / min s) x (mean d + D) / mean d}; equal shares: {@code U = W}.
 *
 * @param claim the printed figures
 * @param ratio printed unweighted / printed weighted
 * @param bound the largest ratio the rule allows, over the rounding of the printed means (1 for
 *     equal shares; {@code Double.MAX_VALUE} when the printed mean change is no improvement, so
 *     nothing bounds the ratio)
 * @param impliedCostPerSession per-session allocation: the cost of one session implied by the printed
 *     figures, {@code c = mean d / (W x mean s)}; 0 for equal shares
 * @param impliedImprovementPerSession per-session allocation: {@code U x c}, the mean improvement
 *     per session the printed unweighted VfM implies; 0 for equal shares
 * @param consistent whether the ratio is within the bound
 * @param summary one sentence
 * @param arithmetic the steps
 * @since 0.1.0
 */
public record VfmRatioFinding(VfmPairClaim claim, double ratio, double bound, double impliedCostPerSession,
    double impliedImprovementPerSession, boolean consistent, String summary, List<String> arithmetic)
    implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param claim claim
   * @param ratio ratio
   * @param bound bound
   * @param impliedCostPerSession cost per session
   * @param impliedImprovementPerSession improvement per session
   * @param consistent consistent
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public VfmRatioFinding {
    Args.notNull(claim, "claim");
    Args.finite(ratio, "ratio");
    Args.finite(bound, "bound");
    Args.finite(impliedCostPerSession, "impliedCostPerSession");
    Args.finite(impliedImprovementPerSession, "impliedImprovementPerSession");
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  @Override
  public String check() {
    return "unweighted / weighted VfM bound";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
