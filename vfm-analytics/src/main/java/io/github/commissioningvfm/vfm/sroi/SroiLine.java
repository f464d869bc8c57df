package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;

/**
 * The present value of one outcome for one stakeholder.
 *
 * @param stakeholder the stakeholder
 * @param outcome the outcome
 * @param presentValue its present value
 * @param source where its financial proxy comes from
 * @since 0.1.0
 */
public record SroiLine(String stakeholder, String outcome, Cost presentValue, String source) {
  /** Validates. */
  public SroiLine {
    Args.notBlank(stakeholder, "stakeholder");
    Args.notBlank(outcome, "outcome");
    Args.notNull(presentValue, "presentValue");
    Args.notNull(source, "source");
  }
}
