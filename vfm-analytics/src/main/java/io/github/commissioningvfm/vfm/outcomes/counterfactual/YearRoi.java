package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.Optional;

/**
 * Avoided cost and ROI of one financial year.
 *
 * @param year the financial year
 * @param contacts included contacts in the year
 * @param unmappedContacts contacts whose alternative had no valuation (not in avoided cost)
 * @param avoidedCost sum of contacts x unit cost over mapped alternatives
 * @param programmeCost the programme cost of the year, if given
 * @param roiRatio avoided / programme cost, undefined with the reason when there is no programme cost
 * @param netRoi (avoided - programme cost) / programme cost
 */
public record YearRoi(FinancialYear year, long contacts, long unmappedContacts, Cost avoidedCost,
    Optional<Cost> programmeCost, Figure roiRatio, Figure netRoi) {

  /**
   * Creates a year row.
   *
   * @param year year
   * @param contacts contacts
   * @param unmappedContacts unmapped contacts
   * @param avoidedCost avoided cost
   * @param programmeCost programme cost
   * @param roiRatio ROI ratio
   * @param netRoi net ROI
   */
  public YearRoi {
    Args.notNull(year, "year");
    Args.notNegative(contacts, "contacts");
    Args.notNegative(unmappedContacts, "unmappedContacts");
    Args.notNull(avoidedCost, "avoidedCost");
    Args.notNull(programmeCost, "programmeCost");
    Args.notNull(roiRatio, "roiRatio");
    Args.notNull(netRoi, "netRoi");
    programmeCost.ifPresent(p -> PriceBases.requireOne("combine in a year's ROI", avoidedCost, p));
  }

  /**
   * Whether every contact of the year was valued (costed or declared zero).
   *
   * @return true when no contact is unmapped
   */
  public boolean complete() {
    return unmappedContacts == 0;
  }

  @Override
  public String toString() {
    return year + ": " + contacts + " contacts" + (unmappedContacts > 0 ? " (" + unmappedContacts + " not valued)" : "")
        + ", avoided " + avoidedCost + ", programme " + programmeCost.map(Cost::toString).orElse("not given")
        + "; ROI ratio " + roiRatio + ", net ROI " + netRoi;
  }
}
