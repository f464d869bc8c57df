package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rule.RuleStep;

/**
 * One Provider Selection Regime process and whether it is open, with the reason and the rule.
 *
 * @param route the process
 * @param status mandatory, available, not available or undetermined
 * @param reason why, in a commissioner's words
 * @param rule the regulation that decides it
 * @since 0.1.0
 */
public record ProcessOption(ProcurementRoute route, ProcessStatus status, String reason, Provenance rule) {

  /**
   * Creates an option.
   *
   * @param route the process
   * @param status its status
   * @param reason why
   * @param rule the regulation
   */
  public ProcessOption {
    Args.notNull(route, "route");
    Args.notNull(status, "status");
    Args.notBlank(reason, "reason");
    Args.notNull(rule, "rule");
  }

  /**
   * One line: "DIRECT_AWARD_C: NOT_AVAILABLE - reason [rule]".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return route + ": " + status + " - " + reason + " [" + RuleStep.cite(rule) + "]";
  }
}
