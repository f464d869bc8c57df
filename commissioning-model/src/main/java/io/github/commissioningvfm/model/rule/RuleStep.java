package io.github.commissioningvfm.model.rule;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import java.util.List;

/**
 * One step in the reasoning behind a rule's answer: the question asked, the answer for this case
 * in plain words, and the published rule that decides it.
 *
 * @param question the question, e.g. "Is the service directly commissioned by NHS England?"
 * @param answer the answer for this case, in words a commissioner would use
 * @param rule where the rule is published (document, edition, section or regulation)
 * @since 0.1.0
 */
public record RuleStep(String question, String answer, Provenance rule) {

  /**
   * Creates a step.
   *
   * @param question the question
   * @param answer the answer
   * @param rule the published rule
   */
  public RuleStep {
    Args.notBlank(question, "question");
    Args.notBlank(answer, "answer");
    Args.notNull(rule, "rule");
  }

  /**
   * The step in one line: question, answer and the rule's citation.
   *
   * @return e.g. "Is ...? Yes: ... [2025/26 NHS Payment Scheme 2025/26, Table 1]"
   */
  @Override
  public String toString() {
    return question + " " + answer + " [" + cite(rule) + "]";
  }

  /**
   * Steps as numbered lines, one per step.
   *
   * @param steps the steps
   * @return the text, lines separated by a newline
   */
  public static String numbered(List<RuleStep> steps) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Args.noNullElements(steps, "steps").size(); i++) {
      out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(steps.get(i));
    }
    return out.toString();
  }

  /**
   * A rule's citation in one line: source, edition and location.
   *
   * @param rule the rule
   * @return e.g. "Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348), regulation 12"
   */
  public static String cite(Provenance rule) {
    Args.notNull(rule, "rule");
    String edition = rule.edition().equals("n/a") || rule.source().contains(rule.edition()) ? "" : " " + rule.edition();
    return rule.source() + edition + (rule.location().isEmpty() ? "" : ", " + rule.location());
  }
}
