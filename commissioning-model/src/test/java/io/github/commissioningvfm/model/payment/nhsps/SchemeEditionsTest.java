package io.github.commissioningvfm.model.payment.nhsps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Optional;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped scheme editions against the scheme documents:
 * <ul>
 * <li>2023/25 NHSPS (amended), section 1, paragraph 6, Table 1: API for almost all NHS provider
 * relationships with NHS England for directly commissioned services; LVA "applies to almost all NHS
 * provider/commissioner relationships with an annual value below GBP 0.5m", paid at "the nationally
 * set LVA value, based on a three-year rolling average" (NHS England, "About the NHS Payment
 * Scheme", 2023/25); API elective activity at 100% of unit prices.</li>
 * <li>2025/26 NHSPS, "NHS provider payment mechanisms" guidance, Table 1: API for "almost all NHS
 * provider relationships with NHS England for any directly commissioned services; and with any ICB
 * where the relationship is not covered by LVA arrangements"; LVA for "almost all NHS provider and
 * ICB relationships for which NHS England has mandated an LVA block payment (this will normally be
 * those with an expected value of annual activity of GBP 1.5m or less)"; local agreement for
 * "NHS provider activity excluded from API and LVA".</li>
 * <li>NHS England, "2025/26 NHSPS: changes following consultation": NHS Payment Scheme section 5,
 * rule 3.a)iv) added "to explicitly state that these contracts [mental health lead provider
 * collaborative contracts] are out of scope and are excluded from LVA payment values".</li>
 * </ul>
 * The project's domain notes (Sever 2025 summary) give GBP 0.5m for LVA: that is the 2023/25
 * edition; the 2025/26 edition's GBP 1.5m is kept beside it.
 */
class SchemeEditionsTest {

  private static final SchemeEditions EDITIONS = SchemeEditions.standard();
  private static final SchemeEdition E2324 = EDITIONS.forYear(FinancialYear.parse("2023/24"));
  private static final SchemeEdition E2526 = EDITIONS.forYear(FinancialYear.parse("2025/26"));

  @Test
  void edition2023to25HasTheHalfMillionThresholdStrictlyBelowOnARollingAverage() {
    SchemeEdition e = EDITIONS.forYear(FinancialYear.parse("2024/25"));
    assertEquals("2023/25", e.id());
    assertEquals(Money.ofPounds(500_000), e.lvaThreshold().value());
    assertEquals(ThresholdBoundary.BELOW, e.lvaThreshold().boundary());
    assertTrue(e.lvaThreshold().basis().contains("three-year rolling average"));
    assertEquals(Proportion.ALL, e.apiVariableRate().value());
    assertTrue(e.rules().mechanisms().location().contains("Table 1"));
    assertEquals(java.util.List.of(), e.rules().lvaExclusions());
  }

  @Test
  void edition2025to26HasTheOneAndAHalfMillionThresholdInclusiveAndTheCollaborativeExclusion() {
    assertEquals("2025/26", E2526.id());
    assertEquals(Money.ofPounds(1_500_000), E2526.lvaThreshold().value());
    assertEquals(ThresholdBoundary.AT_OR_BELOW, E2526.lvaThreshold().boundary());
    assertEquals(Proportion.ALL, E2526.apiVariableRate().value());
    LvaExclusion mh = E2526.rules().lvaExclusion(LvaExclusion.MH_LEAD_PROVIDER_COLLABORATIVE).orElseThrow();
    assertEquals("NHS England, 2025/26 NHSPS: changes following consultation", mh.source().source());
    assertTrue(mh.source().location().startsWith("NHS Payment Scheme section 5 (LVA rules), rule 3.a)iv)"));
  }

  @Test
  void costUpliftAndEfficiencyFactorsByEditionEmptyWithTheirReasonWhereUnverified() {
    // 2023/24: "inflation cost uplift factor for 2023/24 is 2.9% and the efficiency factor is 1.1%"
    // (NHS England, "About the NHS Payment Scheme", 2023/25). 2024/25: cost uplift revised from
    // 1.7% (amended scheme, March 2024) to 5.0%, prices from 1 April 2024 (NHS England, "2023-25
    // NHS Payment Scheme (amended)" publication page, 2024/25 prices workbook); the 2024/25
    // efficiency factor was not read in a primary source. 2025/26: cost uplift revised from 4.15%
    // to 4.83% (NHS England, "2025/26 NHS Payment Scheme" publication page, pay award prices).
    CostUplift u2324 = E2324.costUplift(FinancialYear.parse("2023/24")).orElseThrow();
    assertEquals(Optional.of(Percentage.ofPercent("2.9")), u2324.costUplift().value());
    assertEquals(Optional.of(Percentage.ofPercent("1.1")), u2324.efficiencyFactor().value());
    CostUplift u2425 = E2324.costUplift(FinancialYear.parse("2024/25")).orElseThrow();
    assertEquals(Optional.of(Percentage.ofPercent("5.0")), u2425.costUplift().value());
    assertEquals(Optional.of(Percentage.ofPercent("1.7")), u2425.costUplift().supersedes());
    assertEquals(Optional.empty(), u2425.efficiencyFactor().value());
    assertEquals("2024/25: cost uplift 5% (revised from 1.7%); efficiency factor empty (not verified: the amended "
        + "scheme says Annex D gives the 2024/25 efficiency factor, but the figure was not read in a primary source)",
        u2425.toString());
    assertTrue(u2425.costUplift().source().location().contains("raised from 1.7%"),
        u2425.costUplift().source().location());
    CostUplift u2526 = E2526.costUplift(FinancialYear.parse("2025/26")).orElseThrow();
    assertEquals(Optional.of(Percentage.ofPercent("4.83")), u2526.costUplift().value());
    assertEquals(Optional.of(Percentage.ofPercent("4.15")), u2526.costUplift().supersedes());
    assertEquals(Optional.empty(), u2526.efficiencyFactor().value());
    assertEquals("2025/26: cost uplift 4.83% (revised from 4.15%); efficiency factor empty (not verified: Annex D "
        + "states the 2025/26 efficiency factor, but the figure was not read in a primary source)", u2526.toString());
  }

  @Test
  void nhsEnglandDirectCommissioningGivesApiBelowHalfAMillion() {
    // Worked by hand: an NHS trust's relationship with NHS England worth GBP 300,000 in 2023/24.
    // Table 1 puts NHS England's directly commissioned services under API, whatever the value, so
    // the GBP 0.5m LVA threshold is never consulted.
    RelationshipSelection s = E2324.select(Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.NHS_ENGLAND)
        .annualValue(Money.ofPounds(300_000)).build());
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, s.mechanism());
    assertEquals("api.nhsEngland", s.steps().get(1).rule().key());
    assertEquals("Yes: NHS England's directly commissioned services are paid under aligned payment and incentive "
        + "whatever the relationship's value (\u00a3300,000.00); LVA does not apply.", s.steps().get(1).answer());
    // The same in 2025/26, and even with an LVA value wrongly recorded as mandated.
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, E2526.select(Relationship.builder(
        ProviderType.NHS_FOUNDATION_TRUST, CommissionerType.NHS_ENGLAND).annualValue(Money.ofPounds(50_000))
        .lvaValueMandated(true).build()).mechanism());
  }

  @Test
  void icbRelationshipWithAnLvaValueMandatedIsLva() {
    // Worked by hand: trust and ICB, GBP 1,200,000 expected annual activity in 2025/26, LVA value
    // mandated by NHS England: LVA; 1.2m is at or below 1.5m, the usual case.
    RelationshipSelection s = E2526.select(Relationship.builder(ProviderType.NHS_TRUST,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(1_200_000)).lvaValueMandated(true).build());
    assertEquals(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, s.mechanism());
    assertTrue(s.explanation().contains("is at or below the 2025/26 threshold of \u00a31,500,000.00, as usual for a "
        + "mandate"), s.explanation());
    assertEquals("lva.mandate", s.steps().get(2).rule().key());
  }

  @Test
  void lowValueIcbRelationshipWithoutAMandateStaysInApi() {
    // GBP 400,000 is below the 2023/25 threshold, but LVA applies only where NHS England has set an
    // LVA value; without one, the ICB relationship is under API.
    RelationshipSelection s = E2324.select(Relationship.builder(ProviderType.NHS_TRUST,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(400_000)).build());
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, s.mechanism());
    assertTrue(s.explanation().endsWith("but LVA applies only where NHS England has set an LVA value."),
        s.explanation());
  }

  @Test
  void mentalHealthLeadProviderCollaborativeIn2025to26IsExcludedFromLva() {
    // Worked by hand: an MH lead provider collaborative contract, GBP 900,000, LVA value recorded as
    // mandated. 2025/26 excludes such contracts from LVA, so API applies; in 2023/25 there is no such
    // exclusion and the mandate decides (LVA).
    Relationship collaborative = Relationship.builder(ProviderType.NHS_FOUNDATION_TRUST,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(900_000)).lvaValueMandated(true)
        .lvaExclusion(LvaExclusion.MH_LEAD_PROVIDER_COLLABORATIVE).build();
    RelationshipSelection in2526 = E2526.select(collaborative);
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, in2526.mechanism());
    assertEquals("lva.exclusion.mh-lead-provider-collaborative", in2526.steps().get(2).rule().key());
    RelationshipSelection in2324 = E2324.select(collaborative);
    assertEquals(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, in2324.mechanism());
    assertTrue(in2324.steps().get(2).answer().startsWith("No: the 2023/25 scheme has no exclusion"));
  }

  @Test
  void excludedActivityGoesToLocalArrangements() {
    ExcludedActivity homecare = new ExcludedActivity("homecare drugs (2023/25 NHSPS section 3.4, paragraph 70)",
        Money.ofPounds(80_000));
    RelationshipSelection s = E2526.select(Relationship.builder(ProviderType.NHS_TRUST,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(20_000_000)).excludedActivity(homecare)
        .build());
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, s.mechanism());
    assertEquals(java.util.List.of(homecare), s.localArrangements());
    assertTrue(s.toString().endsWith("Paid under a local arrangement instead: homecare drugs (2023/25 NHSPS "
        + "section 3.4, paragraph 70) (\u00a380,000.00)"), s.toString());
  }

  @Test
  void localAuthorityCommissionedNhsActivityIsLocal() {
    RelationshipSelection s = E2526.select(Relationship.builder(ProviderType.NHS_TRUST,
        CommissionerType.LOCAL_AUTHORITY).annualValue(Money.ofPounds(250_000)).build());
    assertEquals(SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT, s.mechanism());
  }

  @Test
  void nonNhsProvidersGetActivityBasedOrLocalWhateverTheValue() {
    assertEquals(SchemeMechanism.ACTIVITY_BASED_PAYMENT, E2526.select(Relationship.builder(
        ProviderType.INDEPENDENT_SECTOR, CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(9_000_000))
        .hasUnitPrices(true).build()).mechanism());
    RelationshipSelection vcse = E2526.select(Relationship.builder(ProviderType.VCSE,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(300_000)).build());
    assertEquals(SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT, vcse.mechanism());
    assertEquals("No: a VCSE organisation is a non-NHS provider, so API and LVA do not apply. No: commissioner and "
        + "provider agree and document a local payment arrangement, whatever the value (\u00a3300,000.00).",
        vcse.explanation());
  }

  @Test
  void selectionPrintsNumberedReasonsWithCitations() {
    RelationshipSelection s = E2324.select(Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.NHS_ENGLAND)
        .annualValue(Money.ofPounds(300_000)).build());
    String text = s.toString();
    assertTrue(text.startsWith("2023/25 NHS Payment Scheme: aligned payment and incentive (API)\n1. Is the provider "
        + "an NHS trust or foundation trust? Yes"), text);
    assertTrue(text.contains("[2023/25 NHS Payment Scheme (amended), NHS England, Section 1, paragraph 6, Table 1: "
        + "API applies"), text);
  }

  @Test
  void yearWithoutAnEditionIsRefusedListingWhatExists() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EDITIONS.forYear(FinancialYear.parse("2022/23")));
    assertEquals("No NHS Payment Scheme edition for financial year 2022/23; available: "
        + "[2023/25 (2023/24..2024/25), 2025/26 (2025/26..2025/26)]", e.getMessage());
  }

  @Test
  void editionFileWithAMissingKeyIsRefusedNamingFileAndKey() {
    Properties p = new Properties();
    p.setProperty("edition", "2030/31");
    p.setProperty("document", "a scheme");
    p.setProperty("years", "2030/31..2030/31");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> SchemeEditions.parse("broken.properties", p));
    assertEquals("broken.properties, line 0, column 'lva.threshold': NHS Payment Scheme file is missing this key: ''",
        e.getMessage());
    p.setProperty("lva.threshold", "12,5");
    e = assertThrows(InputFormatException.class, () -> SchemeEditions.parse("broken.properties", p));
    assertEquals("broken.properties, line 0, column 'lva.threshold': Argument 'amount' is not a decimal number: "
        + "'12,5': '12,5'", e.getMessage());
  }

  @Test
  void emptyFactorWithoutAReasonIsRefused() {
    Properties p = new Properties();
    for (String[] kv : new String[][] {{"edition", "2030/31"}, {"document", "a scheme"}, {"years", "2030/31..2030/31"},
        {"lva.threshold", "1.00"}, {"lva.boundary", "below"}, {"lva.basis", "b"}, {"lva.location", "l"},
        {"api.variableRate", "1"}, {"api.location", "l"}, {"mechanisms.location", "l"},
        {"api.nhsEngland.location", "l"}, {"lva.mandate.location", "l"}, {"uplift.years", "2030/31"},
        {"uplift.2030/31.location", "l"}, {"uplift.2030/31.cost", ""}}) {
      p.setProperty(kv[0], kv[1]);
    }
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> SchemeEditions.parse("broken.properties", p));
    assertEquals("uplift.2030/31.cost", e.column());
    assertEquals("broken.properties, line 0, column 'uplift.2030/31.cost': empty, and 'uplift.2030/31.cost.note' "
        + "gives no reason: ''", e.getMessage());
  }

  @Test
  void aClinicalCommissioningGroupCannotBeAPartyUnderThe2023to25Scheme() {
    // CCGs were abolished on 1 July 2022 (Health and Care Act 2022); the 2023/25 scheme has effect
    // from 1 April 2023 (2023/25 NHSPS, section 1, paragraph 3).
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> E2324.select(Relationship.builder(
        ProviderType.NHS_TRUST, CommissionerType.CLINICAL_COMMISSIONING_GROUP).annualValue(Money.ofPounds(1)).build()));
    assertEquals("The 2023/25 NHS Payment Scheme applies from 2023-04-01, but a clinical commissioning group could "
        + "not act on 2023-04-01: the last day clinical commissioning groups existed was 2022-06-30 (abolished on 1 "
        + "July 2022 when integrated care boards took over, Health and Care Act 2022); record the successor "
        + "commissioner instead", e.getMessage());
  }

  @Test
  void negativeValueIsRefused() {
    assertEquals("Argument 'annualValue' must not be negative: -\u00a31.00", assertThrows(
        IllegalArgumentException.class, () -> Relationship.builder(ProviderType.VCSE,
            CommissionerType.INTEGRATED_CARE_BOARD).annualValue(Money.ofPounds(-1)).build()).getMessage());
  }
}
