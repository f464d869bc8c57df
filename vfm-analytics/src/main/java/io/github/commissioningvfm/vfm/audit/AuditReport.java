package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The findings of an audit of one evaluation's printed figures, in the order the checks ran:
 * quotients, regressions, VfM pairs, slips of the pen for each inconsistent relation, returns, signs.
 *
 * @param evaluation the evaluation audited
 * @param findings every finding, consistent or not
 * @since 0.1.0
 */
public record AuditReport(String evaluation, List<AuditFinding> findings) {

  /**
   * Validates the report.
   *
   * @param evaluation evaluation
   * @param findings findings
   */
  public AuditReport {
    Args.notBlank(evaluation, "evaluation");
    findings = List.copyOf(Args.noNullElements(findings, "findings"));
  }

  /**
   * The findings that report an inconsistency.
   *
   * @return the inconsistent findings
   */
  public List<AuditFinding> inconsistencies() {
    return findings.stream().filter(f -> !f.consistent()).toList();
  }

  /**
   * The findings of one type.
   *
   * @param <F> the type
   * @param type e.g. {@code SlipFinding.class}
   * @return the findings of that type, in order
   */
  public <F extends AuditFinding> List<F> findings(Class<F> type) {
    return findings.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Every finding with its arithmetic, inconsistencies marked. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Audit of printed figures: ").append(evaluation).append(" (")
        .append(inconsistencies().size()).append(" of ").append(findings.size()).append(" findings inconsistent)");
    for (AuditFinding f : findings) {
      sb.append(System.lineSeparator()).append("- ").append(f);
    }
    return sb.toString();
  }
}
