package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rule.RuleStep;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One edition of the NHS Payment Scheme: the years it covers and its parameters that matter for
 * choosing and computing a mechanism. Load the shipped editions with
 * {@link SchemeEditions#standard()}.
 *
 * @param id the edition, e.g. "2023/25"
 * @param years the financial years it has effect for
 * @param rules where the edition assigns mechanisms to relationships, and its LVA exclusions
 * @param lvaThreshold the value under which NHS England normally sets an LVA value
 * @param apiVariableRate the share of the unit price paid in the API variable element
 * @param costUplifts the cost uplift and efficiency factors by year, each possibly empty with its reason
 * @since 0.1.0
 */
public record SchemeEdition(String id, FinancialYearRange years, SchemeRules rules, LvaThreshold lvaThreshold,
    SchemeRate apiVariableRate, List<CostUplift> costUplifts) {

  /**
   * Creates an edition.
   *
   * @param id the edition
   * @param years the years it covers
   * @param rules where the edition assigns mechanisms
   * @param lvaThreshold the LVA threshold
   * @param apiVariableRate the API variable rate
   * @param costUplifts the cost uplifts by year
   */
  public SchemeEdition {
    Args.notBlank(id, "id");
    Args.notNull(years, "years");
    Args.notNull(rules, "rules");
    Args.notNull(lvaThreshold, "lvaThreshold");
    Args.notNull(apiVariableRate, "apiVariableRate");
    costUplifts = List.copyOf(Args.noNullElements(costUplifts, "costUplifts"));
    for (CostUplift u : costUplifts) {
      Args.check(years.contains(u.year()), "costUplifts", "lie within the edition's years " + years, u.year());
    }
  }

  /**
   * The cost uplift and efficiency factors for a year, if the edition's file lists the year.
   *
   * @param year the year
   * @return the factors (each possibly empty with its reason), or empty if the year is not listed
   */
  public Optional<CostUplift> costUplift(FinancialYear year) {
    Args.notNull(year, "year");
    return costUplifts.stream().filter(u -> u.year().equals(year)).findFirst();
  }

  /**
   * Decides which of the scheme's mechanisms applies to a whole provider–commissioner
   * relationship, and why, in this order:
   *
   * <ol>
   * <li>a non-NHS provider is paid by activity-based payment for services with NHSPS unit prices,
   * otherwise under a local payment arrangement, whatever the value;</li>
   * <li>an NHS provider's relationship with NHS England for directly commissioned services is
   * under API, whatever its value;</li>
   * <li>a relationship with a commissioner other than an ICB or NHS England (a local authority,
   * say) is not one the API and LVA rows cover, so it is paid under a local arrangement;</li>
   * <li>a relationship the edition excludes from LVA (2025/26: mental health lead provider
   * collaborative contracts) is under API;</li>
   * <li>a relationship for which NHS England has mandated an LVA value is on LVA; its value is
   * compared with the threshold only to say whether the mandate is the usual one;</li>
   * <li>any other ICB relationship is under API, even if its value is on the low side of the
   * threshold, because no LVA value has been mandated;</li>
   * <li>in every case, activity the scheme excludes from its core mechanisms is paid under a
   * local arrangement, listed separately.</li>
   * </ol>
   * A commissioner of a kind that did not exist when the edition took effect (a clinical
   * commissioning group, abolished on 1 July 2022) is refused. The scheme says "almost all"
   * relationships follow these rows; the result is the scheme's
   * default, which NHS England's published LVA schedule and local agreements confirm.
   *
   * @param relationship the relationship
   * @return the mechanism with the chain of cited rules
   */
  public RelationshipSelection select(Relationship relationship) {
    Args.notNull(relationship, "relationship");
    Provenance table = rules.mechanisms();
    List<RuleStep> steps = new ArrayList<>();
    String value = relationship.annualValue().format();
    SchemeMechanism mechanism;
    if (!relationship.providerType().isNhsProvider()) {
      steps.add(new RuleStep("Is the provider an NHS trust or foundation trust?", "No: a "
          + relationship.providerType().label() + " is a non-NHS provider, so API and LVA do not apply.", table));
      if (relationship.hasUnitPrices()) {
        steps.add(new RuleStep("Do the services have NHSPS unit prices?", "Yes: activity-based payment at the unit "
            + "price, adjusted by the market forces factor, for each unit delivered, whatever the value (" + value
            + ").", table));
        mechanism = SchemeMechanism.ACTIVITY_BASED_PAYMENT;
      } else {
        steps.add(new RuleStep("Do the services have NHSPS unit prices?", "No: commissioner and provider agree and "
            + "document a local payment arrangement, whatever the value (" + value + ").", table));
        mechanism = SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT;
      }
    } else {
      steps.add(new RuleStep("Is the provider an NHS trust or foundation trust?", "Yes: an "
          + relationship.providerType().label() + " is an NHS provider, so API or LVA can apply.", table));
      mechanism = nhsProvider(relationship, steps, value);
    }
    if (!relationship.excludedActivity().isEmpty()) {
      steps.add(new RuleStep("Is any activity excluded from the core mechanisms?", "Yes: "
          + relationship.excludedActivity().size() + " item(s) are paid under a local arrangement agreed by "
          + "commissioner and provider, outside the " + mechanism.label() + ".", table));
    }
    return new RelationshipSelection(mechanism, id, steps, relationship.excludedActivity());
  }

  private SchemeMechanism nhsProvider(Relationship r, List<RuleStep> steps, String value) {
    CommissionerType commissioner = r.commissionerType();
    LocalDate first = years.first().start();
    Optional<String> absent = commissioner.whyNotOn(first);
    if (absent.isPresent()) {
      throw new IllegalArgumentException("The " + id + " NHS Payment Scheme applies from " + first + ", but "
          + absent.get() + "; record the successor commissioner instead");
    }
    if (commissioner == CommissionerType.NHS_ENGLAND) {
      steps.add(new RuleStep("Is the commissioner NHS England, for directly commissioned services?", "Yes: NHS "
          + "England's directly commissioned services are paid under aligned payment and incentive whatever the "
          + "relationship's value (" + value + "); LVA does not apply.", rules.directCommissioning()));
      return SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE;
    }
    if (commissioner != CommissionerType.INTEGRATED_CARE_BOARD) {
      steps.add(new RuleStep("Is the commissioner an ICB or NHS England?", "No: the API and LVA rows cover "
          + "relationships with ICBs and NHS England only, so activity commissioned by a "
          + commissioner.label() + " is not covered by another mechanism and is paid under a local arrangement.",
          rules.mechanisms()));
      return SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT;
    }
    steps.add(new RuleStep("Is the commissioner NHS England, for directly commissioned services?",
        "No: the commissioner is an integrated care board.", rules.directCommissioning()));
    for (String exclusionId : r.lvaExclusionIds()) {
      Optional<LvaExclusion> exclusion = rules.lvaExclusion(exclusionId);
      if (exclusion.isPresent()) {
        steps.add(new RuleStep("Does the " + id + " scheme exclude this relationship from LVA?", "Yes: "
            + exclusion.get().description() + " are excluded from LVA in " + id + ", so the relationship is paid "
            + "under aligned payment and incentive whatever its value (" + value + ").", exclusion.get().source()));
        return SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE;
      }
      steps.add(new RuleStep("Does the " + id + " scheme exclude this relationship from LVA?", "No: the " + id
          + " scheme has no exclusion '" + exclusionId + "' (its exclusions: " + exclusionIds() + ").",
          rules.lvaMandate()));
    }
    String threshold = lvaThreshold.value().format();
    boolean low = lvaThreshold.isLowVolume(r.annualValue());
    String comparison = "the relationship's value " + value + " (" + lvaThreshold.basis() + ") is "
        + (low ? "" : "not ") + lvaThreshold.boundary().phrase() + " the " + id + " threshold of " + threshold;
    if (r.lvaValueMandated()) {
      steps.add(new RuleStep("Has NHS England mandated an LVA value for this relationship?", "Yes: the commissioner "
          + "pays the nationally set LVA value with no other in-year transactions; " + comparison
          + (low ? ", as usual for a mandate." : ", so the mandate is unusual: check NHS England's LVA schedule."),
          rules.lvaMandate()));
      steps.add(new RuleStep("What threshold does NHS England normally use?", "In " + id + ": " + threshold
          + " (" + lvaThreshold.boundary().phrase() + ").", lvaThreshold.source()));
      return SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK;
    }
    steps.add(new RuleStep("Has NHS England mandated an LVA value for this relationship?", "No: an ICB "
        + "relationship not covered by LVA arrangements is paid under aligned payment and incentive (fixed element, "
        + "variable element for elective activity at " + apiVariableRate.value() + " of unit prices, quality "
        + "element); " + comparison + (low ? ", but LVA applies only where NHS England has set an LVA value."
            : "."), rules.lvaMandate()));
    return SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE;
  }

  private String exclusionIds() {
    return rules.lvaExclusions().isEmpty() ? "none"
        : String.join(", ", rules.lvaExclusions().stream().map(LvaExclusion::id).toList());
  }
}
