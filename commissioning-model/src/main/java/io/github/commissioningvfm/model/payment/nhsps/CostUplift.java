package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * The scheme's cost uplift factor and efficiency factor for one financial year (Annex D of each
 * edition). Unit prices move by the cost uplift less the efficiency factor; either may be empty
 * with its reason where no primary source was read.
 *
 * @param year the financial year
 * @param costUplift the cost uplift factor
 * @param efficiencyFactor the efficiency factor
 * @since 0.1.0
 */
public record CostUplift(FinancialYear year, SchemeFactor costUplift, SchemeFactor efficiencyFactor) {

  /**
   * Creates an uplift.
   *
   * @param year the year
   * @param costUplift the cost uplift
   * @param efficiencyFactor the efficiency factor
   */
  public CostUplift {
    Args.notNull(year, "year");
    Args.notNull(costUplift, "costUplift");
    Args.notNull(efficiencyFactor, "efficiencyFactor");
  }

  /**
   * One line: "2025/26: cost uplift 4.83% (revised from 4.15%); efficiency factor empty (...)".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year + ": cost uplift " + costUplift + "; efficiency factor " + efficiencyFactor;
  }
}
