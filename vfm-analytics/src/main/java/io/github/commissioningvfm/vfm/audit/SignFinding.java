package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Whether the sign of a printed change (or coefficient on a change) matches what the text says it
 * means. Formula: implied effect is an improvement when {@code sign(figure) x improvementSign > 0}.
 *
 * @param claim the printed figure, orientation and stated meaning
 * @param implied the effect its sign implies
 * @param consistent whether implied equals stated
 * @param summary one sentence
 * @param arithmetic the steps
 * @since 0.1.0
 */
public record SignFinding(SignClaim claim, StatedEffect implied, boolean consistent, String summary,
    List<String> arithmetic) implements AuditFinding {

  /**
   * Validates the finding.
   *
   * @param claim claim
   * @param implied implied effect
   * @param consistent consistent
   * @param summary summary
   * @param arithmetic arithmetic
   */
  public SignFinding {
    Args.notNull(claim, "claim");
    Args.notNull(implied, "implied");
    Args.notBlank(summary, "summary");
    arithmetic = List.copyOf(Args.notEmpty(arithmetic, "arithmetic"));
  }

  @Override
  public String check() {
    return "sign against the stated direction";
  }

  @Override
  public String toString() {
    return Findings.text(this);
  }
}
