package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The single slips of the pen (two adjacent digits transposed, or the decimal point moved one
 * place) in any one printed figure of an inconsistent relation that would make it hold. Found by
 * trying every such edit of every figure of the relation; a candidate is a possible explanation,
 * not a diagnosis. Always inconsistent: it is produced only for a relation that fails.
 *
 * @param relation the inconsistent relation, in words
 * @param candidates the edits that reconcile it, possibly none
 * @param summary one sentence
 * @param arithmetic the steps, one line per reconciling edit
 * @since 0.1.0
 */
public record SlipFinding(String relation, List<SlipCandidate> candidates, String summary, List<String> arithmetic)
    implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param relation relation
   * @param candidates candidates
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public SlipFinding {
    Args.notBlank(relation, "relation");
    candidates = List.copyOf(Args.noNullElements(candidates, "candidates"));
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  @Override
  public boolean consistent() {
    return false;
  }

  @Override
  public String check() {
    return "transposed digits and decimal slips";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
