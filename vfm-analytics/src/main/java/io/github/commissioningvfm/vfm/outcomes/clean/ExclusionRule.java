package io.github.commissioningvfm.vfm.outcomes.clean;

/**
 * A rule that can exclude a record, as every exclusion audit names it: the participant loader's
 * {@link StandardRule}s and user {@link CleaningRule}s, and the contact loader's
 * {@code ContactRule}s. An {@link ExclusionReport} counts rows by rule and lists each excluded row
 * with its rule.
 *
 * @since 0.1.0
 */
public interface ExclusionRule {

  /**
   * A stable identifier shown in the exclusion report, e.g. {@code "missing-baseline"}.
   *
   * @return the id
   */
  String id();

  /**
   * A one-line description for the report.
   *
   * @return the description
   */
  String description();
}
