package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One excluded row: where it was, whose it was, and the first rule that excluded it.
 *
 * @param line the 1-based line in the source
 * @param participantId the id as read (may be empty text when blank)
 * @param ruleId the id of the first rule that excluded the row
 * @param detail what triggered the rule
 */
public record Exclusion(long line, String participantId, String ruleId, String detail) {

  /**
   * Creates an exclusion.
   *
   * @param line line
   * @param participantId id
   * @param ruleId rule
   * @param detail detail
   */
  public Exclusion {
    Args.positive(line, "line");
    Args.notNull(participantId, "participantId");
    Args.notBlank(ruleId, "ruleId");
    Args.notNull(detail, "detail");
  }

  /**
   * An exclusion by a rule.
   *
   * @param line the 1-based line
   * @param participantId the id as read
   * @param rule the rule
   * @param detail what triggered it, naming the column and the value
   * @return the exclusion
   */
  public static Exclusion of(long line, String participantId, ExclusionRule rule, String detail) {
    return new Exclusion(line, participantId, Args.notNull(rule, "rule").id(), detail);
  }
}
