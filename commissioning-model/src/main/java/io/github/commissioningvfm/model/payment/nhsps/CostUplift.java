package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Optional;

/**
 * The scheme's cost uplift factor for a financial year and, where published and verified, its
 * efficiency factor.
 *
 * @param year the financial year
 * @param costUplift the cost uplift factor
 * @param efficiencyFactor the efficiency factor, if known
 * @param source where the scheme states them
 * @since 0.1.0
 */
public record CostUplift(FinancialYear year, Percentage costUplift, Optional<Percentage> efficiencyFactor,
    Provenance source) {

  /**
   * Creates an uplift.
   *
   * @param year the year
   * @param costUplift the cost uplift
   * @param efficiencyFactor the efficiency factor, if known
   * @param source where stated
   */
  public CostUplift {
    Args.notNull(year, "year");
    Args.notNull(costUplift, "costUplift");
    Args.notNull(efficiencyFactor, "efficiencyFactor");
    Args.notNull(source, "source");
  }
}
