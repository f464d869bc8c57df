package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.Optional;

/**
 * Contacts naming one counterfactual alternative in one financial year, their valuation, and the
 * alternative's own ROI against the programme.
 *
 * <p>The alternative's ROI compares the cost of one use of the alternative with the cost of one
 * programme contact: {@code roiRatio = unit cost / programme cost per contact} and
 * {@code netRoi = roiRatio - 1}, where {@code programme cost per contact = programme cost of the year /
 * contacts analysed in the year}. A ratio above 1 means the alternative costs more than a programme
 * contact. Both are undefined, with the reason, when the alternative has no valuation.
 *
 * @param alternative the alternative
 * @param year the financial year
 * @param contacts how many contacts
 * @param costing the valuation, empty when unmapped
 * @param avoidedCost contacts x unit cost (zero when declared zero), empty when unmapped
 * @param programmeCostPerContact the programme cost of the year / contacts analysed in the year
 * @param roiRatio unit cost / programme cost per contact, as {@link #of} computes it
 * @param netRoi (unit cost - programme cost per contact) / programme cost per contact
 * @since 0.1.0
 */
public record AlternativeYear(String alternative, FinancialYear year, long contacts,
    Optional<AlternativeCosting> costing, Optional<Cost> avoidedCost, Cost programmeCostPerContact, Figure roiRatio,
    Figure netRoi) {

  /**
   * Validates: the avoided cost is present exactly when costed, one price base, and ratios that follow
   * from the unit cost and the programme cost per contact.
   *
   * @throws io.github.commissioningvfm.model.money.PriceBaseMismatchException if the amounts are in different
   *     price bases
   * @throws IllegalArgumentException if a figure does not follow from the amounts
   */
  public AlternativeYear {
    Args.notBlank(alternative, "alternative");
    Args.notNull(year, "year");
    Args.positive(contacts, "contacts");
    Args.notNull(costing, "costing");
    Args.notNull(avoidedCost, "avoidedCost");
    Args.notNull(programmeCostPerContact, "programmeCostPerContact");
    Args.notNull(roiRatio, "roiRatio");
    Args.notNull(netRoi, "netRoi");
    avoidedCost.ifPresent(a -> PriceBases.requireOne("combine in an alternative's ROI", a, programmeCostPerContact));
    costing.filter(AlternativeCosting.Costed.class::isInstance)
        .map(c -> ((AlternativeCosting.Costed) c).unitCost().cost())
        .ifPresent(u -> PriceBases.requireOne("combine in an alternative's ROI", u, programmeCostPerContact));
    Args.check(costing.isPresent() == avoidedCost.isPresent(), "avoidedCost", "be present exactly when costed",
        avoidedCost);
    Figure ratio = ratio(alternative, costing, programmeCostPerContact);
    Args.check(roiRatio.equals(ratio), "roiRatio", "follow from the unit cost (" + ratio + ")", roiRatio);
    Figure net = RoiFigures.net(ratio);
    Args.check(netRoi.equals(net), "netRoi", "follow from the unit cost (" + net + ")", netRoi);
  }

  /**
   * Computes the row's figures.
   *
   * @param alternative the alternative
   * @param year the financial year
   * @param contacts how many contacts
   * @param costing the valuation, empty when unmapped
   * @param programmeCostPerContact the programme cost per contact of the year, in the unit cost's price base
   * @return the row
   */
  public static AlternativeYear of(String alternative, FinancialYear year, long contacts,
      Optional<AlternativeCosting> costing, Cost programmeCostPerContact) {
    Args.notNull(costing, "costing");
    Args.notNull(programmeCostPerContact, "programmeCostPerContact");
    Optional<Cost> avoided = costing.map(c -> unitCost(c, programmeCostPerContact).multipliedBy(contacts));
    Figure ratio = ratio(alternative, costing, programmeCostPerContact);
    return new AlternativeYear(alternative, year, contacts, costing, avoided, programmeCostPerContact, ratio,
        RoiFigures.net(ratio));
  }

  /**
   * The cost of one use of the alternative: the sourced unit cost, or zero when declared zero.
   *
   * @return the unit cost, empty when unmapped
   */
  public Optional<Cost> unitCost() {
    return costing.map(c -> unitCost(c, programmeCostPerContact));
  }

  /**
   * Whether the alternative had no valuation.
   *
   * @return true if unmapped
   */
  public boolean unmapped() {
    return costing.isEmpty();
  }

  private static Cost unitCost(AlternativeCosting costing, Cost perContact) {
    return costing instanceof AlternativeCosting.Costed c ? c.unitCost().cost() : Cost.zero(perContact.priceBase());
  }

  private static Figure ratio(String alternative, Optional<AlternativeCosting> costing, Cost perContact) {
    if (costing.isEmpty()) {
      return new Figure.Undefined("'" + alternative + "' has no unit cost and was not declared zero");
    }
    return Figure.ratio(unitCost(costing.get(), perContact).amount().amount(), perContact.amount().amount(),
        "programme cost per contact");
  }

  @Override
  public String toString() {
    return alternative + " " + year + ": " + contacts + " contacts, unit cost "
        + unitCost().map(Cost::toString).orElse("not valued") + " vs " + programmeCostPerContact
        + " per programme contact; ROI ratio " + roiRatio + ", net ROI " + netRoi;
  }
}
