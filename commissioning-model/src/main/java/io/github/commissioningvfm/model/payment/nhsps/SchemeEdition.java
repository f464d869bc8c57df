package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * One edition of the NHS Payment Scheme: the years it covers and its parameters that matter for
 * choosing and computing a mechanism. Load the shipped editions with
 * {@link SchemeEditions#standard()}.
 *
 * @param id the edition, e.g. "2023/25"
 * @param years the financial years it has effect for
 * @param mechanismRules where the scheme says which mechanism applies to which provider
 * @param lvaThreshold the low volume activity threshold
 * @param apiVariableRate the share of the unit price paid in the API variable element
 * @param costUplifts the cost uplift factors read and verified, by year; years without one are absent
 * @since 0.1.0
 */
public record SchemeEdition(String id, FinancialYearRange years, Provenance mechanismRules, LvaThreshold lvaThreshold,
    SchemeRate apiVariableRate, List<CostUplift> costUplifts) {

  /**
   * Creates an edition.
   *
   * @param id the edition
   * @param years the years it covers
   * @param mechanismRules where the scheme assigns mechanisms to providers
   * @param lvaThreshold the LVA threshold
   * @param apiVariableRate the API variable rate
   * @param costUplifts the cost uplifts by year
   */
  public SchemeEdition {
    Args.notBlank(id, "id");
    Args.notNull(years, "years");
    Args.notNull(mechanismRules, "mechanismRules");
    Args.notNull(lvaThreshold, "lvaThreshold");
    Args.notNull(apiVariableRate, "apiVariableRate");
    costUplifts = List.copyOf(Args.noNullElements(costUplifts, "costUplifts"));
    for (CostUplift u : costUplifts) {
      Args.check(years.contains(u.year()), "costUplifts", "lie within the edition's years " + years, u.year());
    }
  }

  /**
   * The cost uplift for a year, if the edition's file holds a verified one.
   *
   * @param year the year
   * @return the uplift, or empty
   */
  public Optional<CostUplift> costUplift(FinancialYear year) {
    Args.notNull(year, "year");
    return costUplifts.stream().filter(u -> u.year().equals(year)).findFirst();
  }

  /**
   * Decides which of the scheme's mechanisms applies to a funding flow.
   *
   * <ul>
   * <li>NHS provider (trust or foundation trust), expected annual value on the low side of the LVA
   * threshold: low volume activity block;</li>
   * <li>NHS provider above it: aligned payment and incentive;</li>
   * <li>any other provider, for services with NHSPS unit prices: activity-based payment;</li>
   * <li>any other provider otherwise: a local payment arrangement.</li>
   * </ul>
   * The scheme says "almost all" relationships follow these rules; NHS England may mandate
   * otherwise and some contracts are excluded, so the result is the default, not a ruling.
   *
   * @param providerType the provider's type
   * @param expectedAnnualValue the expected annual value of the funding flow; not negative
   * @param hasUnitPrices whether the service has NHSPS unit prices
   * @return the mechanism with its explanation and citations
   */
  public MechanismSelection select(ProviderType providerType, Money expectedAnnualValue, boolean hasUnitPrices) {
    Args.notNull(providerType, "providerType");
    Args.notNull(expectedAnnualValue, "expectedAnnualValue");
    Args.check(!expectedAnnualValue.isNegative(), "expectedAnnualValue", "not be negative", expectedAnnualValue);
    String value = expectedAnnualValue.format();
    String provider = "The provider (" + providerType.label() + ")";
    String threshold = lvaThreshold.value().format();
    if (providerType.isNhsProvider()) {
      if (lvaThreshold.isLowVolume(expectedAnnualValue)) {
        return new MechanismSelection(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, id, provider
            + " is an NHS provider and the expected annual value " + value + " is "
            + lvaThreshold.boundary().phrase() + " the " + id + " LVA threshold of " + threshold
            + ": the commissioner pays the nationally set LVA value with no other in-year transactions.",
            List.of(mechanismRules, lvaThreshold.source()));
      }
      return new MechanismSelection(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, id, provider
          + " is an NHS provider and the expected annual value " + value + " is not "
          + lvaThreshold.boundary().phrase() + " the " + id + " LVA threshold of " + threshold
          + ": aligned payment and incentive applies (fixed element, variable element for elective activity at "
          + apiVariableRate.value() + " of unit prices, quality element).",
          List.of(mechanismRules, lvaThreshold.source(), apiVariableRate.source()));
    }
    if (hasUnitPrices) {
      return new MechanismSelection(SchemeMechanism.ACTIVITY_BASED_PAYMENT, id, provider
          + " is a non-NHS provider and the service has NHSPS unit prices: activity-based payment at "
          + "the unit price adjusted by the market forces factor for each unit delivered, whatever the value ("
          + value + ").", List.of(mechanismRules));
    }
    return new MechanismSelection(SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT, id, provider
        + " is a non-NHS provider and the service has no NHSPS unit prices: commissioner and provider "
        + "agree and document a local payment arrangement, whatever the value (" + value + ").",
        List.of(mechanismRules));
  }
}
