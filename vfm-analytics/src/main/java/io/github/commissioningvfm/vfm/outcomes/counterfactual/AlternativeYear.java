package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Optional;

/**
 * Contacts naming one alternative in one financial year, and their valuation.
 *
 * @param alternative the alternative
 * @param year the financial year
 * @param contacts how many contacts
 * @param costing the valuation, empty when unmapped
 * @param avoidedCost contacts x unit cost (zero when declared zero), empty when unmapped
 * @since 0.1.0
 */
public record AlternativeYear(String alternative, FinancialYear year, long contacts,
    Optional<AlternativeCosting> costing, Optional<Cost> avoidedCost) {

  /**
   * Creates a row.
   *
   * @param alternative alternative
   * @param year year
   * @param contacts contacts
   * @param costing valuation
   * @param avoidedCost avoided cost
   */
  public AlternativeYear {
    Args.notBlank(alternative, "alternative");
    Args.notNull(year, "year");
    Args.positive(contacts, "contacts");
    Args.notNull(costing, "costing");
    Args.notNull(avoidedCost, "avoidedCost");
    Args.check(costing.isPresent() == avoidedCost.isPresent(), "avoidedCost", "be present exactly when costed",
        avoidedCost);
  }

  /**
   * Whether the alternative had no valuation.
   *
   * @return true if unmapped
   */
  public boolean unmapped() {
    return costing.isEmpty();
  }
}
