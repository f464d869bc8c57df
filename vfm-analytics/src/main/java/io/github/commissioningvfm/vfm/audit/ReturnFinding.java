package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Both readings of a printed return on investment, and whether the stated formula and the stated
 * meaning agree. Read as an ROI ratio {@code p}: £p back per £1, net ROI {@code p - 1}. Read
 * as a net ROI {@code p}: ROI ratio {@code 1 + p}. Inconsistent when the stated formula's reading
 * contradicts the stated gain or loss.
 *
 * @param claim the printed figure, formula and meaning
 * @param asRatio the reading as an ROI ratio
 * @param asNet the reading as a net ROI
 * @param consistent whether formula and meaning agree (true when either is not stated)
 * @param summary one sentence
 * @param arithmetic the steps
 * @since 0.1.0
 */
public record ReturnFinding(ReturnClaim claim, Reading asRatio, Reading asNet, boolean consistent, String summary,
    List<String> arithmetic) implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param claim claim
   * @param asRatio ratio reading
   * @param asNet net reading
   * @param consistent consistent
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public ReturnFinding {
    Args.notNull(claim, "claim");
    Args.notNull(asRatio, "asRatio");
    Args.notNull(asNet, "asNet");
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  /**
   * One reading of a return figure.
   *
   * @param roiRatio benefits / cost under this reading
   * @param netRoi (benefits - cost) / cost under this reading
   * @param outcome gain if more came back than was spent, loss if less (NOT_STATED at exactly 1)
   */
  public record Reading(double roiRatio, double netRoi, StatedReturn outcome) {
    /**
     * Validates the reading.
     *
     * @param roiRatio ratio
     * @param netRoi net
     * @param outcome outcome
     */
    public Reading {
      Args.finite(roiRatio, "roiRatio");
      Args.finite(netRoi, "netRoi");
      Args.notNull(outcome, "outcome");
    }
  }

  @Override
  public String check() {
    return "ratio or net return";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
