package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rule.RuleStep;
import java.util.List;

/**
 * The mechanism a scheme edition applies to a provider–commissioner relationship, the chain of
 * rules that led there, and the activity that goes to local arrangements instead.
 *
 * @param mechanism the mechanism for the relationship
 * @param edition the edition that decided, e.g. "2025/26"
 * @param steps the rules applied, in order, each with its answer and citation
 * @param localArrangements activity excluded from the core mechanisms, paid under local arrangements
 * @since 0.1.0
 */
public record RelationshipSelection(SchemeMechanism mechanism, String edition, List<RuleStep> steps,
    List<ExcludedActivity> localArrangements) {

  /**
   * Creates a selection.
   *
   * @param mechanism the mechanism
   * @param edition the edition
   * @param steps the rules applied
   * @param localArrangements activity paid locally
   */
  public RelationshipSelection {
    Args.notNull(mechanism, "mechanism");
    Args.notBlank(edition, "edition");
    steps = List.copyOf(Args.notEmpty(Args.noNullElements(steps, "steps"), "steps"));
    localArrangements = List.copyOf(Args.noNullElements(localArrangements, "localArrangements"));
  }

  /**
   * The reasoning in words: the answers of the steps, joined.
   *
   * @return the explanation
   */
  public String explanation() {
    return String.join(" ", steps.stream().map(RuleStep::answer).toList());
  }

  /**
   * The decision and its numbered reasons, each with its citation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(edition).append(" NHS Payment Scheme: ").append(mechanism.label())
        .append('\n').append(RuleStep.numbered(steps));
    for (ExcludedActivity a : localArrangements) {
      out.append("\nPaid under a local arrangement instead: ").append(a.description()).append(" (")
          .append(a.annualValue().format()).append(')');
    }
    return out.toString();
  }
}
