package io.github.commissioningvfm.vfm.audit;

import java.util.List;

/**
 * What one check found about a group of printed figures: whether they are consistent, a one-line
 * summary, and the arithmetic that shows it, one step a line.
 *
 * @since 0.1.0
 */
public sealed interface AuditFinding permits QuotientFinding, RegressionFinding, VfmRatioFinding, SlipFinding,
    ReturnFinding, SignFinding {

  /**
   * Whether the printed figures pass this check.
   *
   * @return true if no inconsistency was found
   */
  boolean consistent();

  /**
   * The finding in one sentence.
   *
   * @return the summary
   */
  String summary();

  /**
   * The arithmetic behind the finding, one step a line.
   *
   * @return the steps
   */
  List<String> arithmetic();

  /**
   * The check that produced this finding, in words.
   *
   * @return e.g. "printed quotient"
   */
  String check();
}
