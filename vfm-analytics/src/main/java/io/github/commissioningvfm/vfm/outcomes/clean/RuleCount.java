package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;

/**
 * How many rows a rule excluded (as the first rule that applied).
 *
 * @param ruleId the rule's id
 * @param description the rule's description
 * @param count rows excluded by it
 */
public record RuleCount(String ruleId, String description, long count) {

  /**
   * Creates a count.
   *
   * @param ruleId rule
   * @param description description
   * @param count count
   */
  public RuleCount {
    Args.notBlank(ruleId, "ruleId");
    Args.notBlank(description, "description");
    Args.notNegative(count, "count");
  }

  /**
   * The count of a rule.
   *
   * @param rule the rule
   * @param count rows excluded by it
   * @return the count
   */
  public static RuleCount of(ExclusionRule rule, long count) {
    return new RuleCount(Args.notNull(rule, "rule").id(), rule.description(), count);
  }
}
