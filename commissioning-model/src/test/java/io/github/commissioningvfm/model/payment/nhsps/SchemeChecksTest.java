package io.github.commissioningvfm.model.payment.nhsps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks of the NHS Payment Scheme values, the threshold boundary and the editions' loaded
 * figures (2025/26 NHS Payment Scheme, Annex D and 'NHS provider payment mechanisms' Table 1, as
 * recorded in the edition file).
 */
class SchemeChecksTest {

  private static final SchemeEditions STANDARD = SchemeEditions.standard();
  private static final SchemeEdition E2324 = STANDARD.forYear(FinancialYear.parse("2023/24"));
  private static final SchemeEdition E2526 = STANDARD.forYear(FinancialYear.parse("2025/26"));
  private static final Provenance SOURCE = Provenance.of("test", "n/a", "k", "");

  @Test
  void theBoundaryDecidesOnlyAValueExactlyAtTheThreshold() {
    Money t = Money.ofPounds(1_500_000);
    assertFalse(ThresholdBoundary.BELOW.isLow(t, t));
    assertTrue(ThresholdBoundary.AT_OR_BELOW.isLow(t, t));
    assertTrue(ThresholdBoundary.BELOW.isLow(Money.of("1499999.99"), t));
    assertTrue(ThresholdBoundary.AT_OR_BELOW.isLow(Money.of("1499999.99"), t));
    assertFalse(ThresholdBoundary.BELOW.isLow(Money.of("1500000.01"), t));
    assertFalse(ThresholdBoundary.AT_OR_BELOW.isLow(Money.of("1500000.01"), t));
    // 2025/26: "an expected value of annual activity of GBP 1.5m or less".
    assertTrue(E2526.lvaThreshold().isLowVolume(t));
    assertFalse(E2526.lvaThreshold().isLowVolume(Money.of("1500000.01")));
  }

  @Test
  void badSchemeValuesAreRefused() {
    assertEquals("Argument 'value' must be positive: \u00a30.00", assertThrows(IllegalArgumentException.class,
        () -> new LvaThreshold(Money.ZERO, ThresholdBoundary.BELOW, "basis", SOURCE)).getMessage());
    assertEquals("Argument 'annualValue' must not be negative: -\u00a31.00", assertThrows(
        IllegalArgumentException.class, () -> new ExcludedActivity("drugs", Money.ofPounds(-1))).getMessage());
    assertEquals("Argument 'note' must give the reason when the value is empty:  ", assertThrows(
        IllegalArgumentException.class, () -> new SchemeFactor(Optional.empty(), Optional.empty(), " ", SOURCE))
        .getMessage());
    assertEquals("Argument 'supersedes' must be empty when the value is empty: Optional[4.15%]", assertThrows(
        IllegalArgumentException.class, () -> new SchemeFactor(Optional.empty(),
            Optional.of(Percentage.parse("4.15%")), "not read", SOURCE)).getMessage());
    CostUplift uplift2526 = E2526.costUplift(FinancialYear.parse("2025/26")).orElseThrow();
    assertEquals("Argument 'costUplifts' must lie within the edition's years " + E2324.years() + ": 2025/26",
        assertThrows(IllegalArgumentException.class, () -> new SchemeEdition(E2324.id(), E2324.years(),
            E2324.rules(), E2324.lvaThreshold(), E2324.apiVariableRate(), List.of(uplift2526))).getMessage());
  }

  @Test
  void editionsMustBeOldestFirstWithoutOverlap() {
    assertEquals(List.of(E2324, E2526), STANDARD.editions());
    assertEquals("Argument 'editions' must be ordered oldest first without overlap, but 2023/25 starts in: "
        + E2324.years().first() + " within or before " + E2526.years(), assertThrows(IllegalArgumentException.class,
            () -> new SchemeEditions(List.of(E2526, E2324))).getMessage());
    assertEquals(Optional.of(E2526), STANDARD.byId("2025/26"));
    assertEquals(Optional.empty(), STANDARD.byId("2019/20"));
  }

  @Test
  void theLoadedEditionCarriesItsExclusionAndUplifts() {
    // 2025/26 file: LVA excludes mental health lead provider collaborative contracts; the cost
    // uplift was revised from 4.15% to 4.83%; the efficiency factor was not read.
    LvaExclusion mh = E2526.rules().lvaExclusions().get(0);
    assertEquals("mental health lead provider collaborative contracts", mh.description());
    assertEquals("NHS England, 2025/26 NHSPS: changes following consultation", mh.source().source());
    assertEquals(Optional.empty(), E2526.rules().lvaExclusion("community-health"));
    CostUplift uplift = E2526.costUplift(FinancialYear.parse("2025/26")).orElseThrow();
    assertEquals(Optional.of(Percentage.parse("4.83%")), uplift.costUplift().value());
    assertEquals(Optional.of(Percentage.parse("4.15%")), uplift.costUplift().supersedes());
    assertEquals(Optional.empty(), uplift.efficiencyFactor().value());
    assertTrue(uplift.efficiencyFactor().note().startsWith("not verified"), uplift.efficiencyFactor().note());
  }

  @Test
  void anExclusionTheEditionLacksIsNamedWithTheOnesItHas() {
    Relationship r = Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.INTEGRATED_CARE_BOARD)
        .annualValue(Money.ofPounds(900_000)).lvaExclusion("community-health").build();
    assertTrue(E2526.select(r).steps().get(2).answer().endsWith("has no exclusion 'community-health' (its "
        + "exclusions: mh-lead-provider-collaborative)."), E2526.select(r).steps().get(2).answer());
    assertTrue(E2324.select(r).steps().get(2).answer().endsWith("(its exclusions: none)."),
        E2324.select(r).steps().get(2).answer());
  }

  @Test
  void aLocalPriceChangePrintsWhatItChangesAndWhoAgreesIt() {
    LocalPriceChange change = new LocalPriceChange(LocalPriceChangeKind.LOCAL_VARIATION, "clinic",
        Money.ofPounds(-50), "bundled with a community pathway", LocalDate.of(2025, 4, 1));
    assertEquals("local variation for clinic: -\u00a350.00 a year (bundled with a community pathway); changes the "
        + "currency, price or payment approach the scheme sets for a service; agreed by commissioner and provider on "
        + "2025-04-01; NHS England receives a written statement of the variation, submitted by the commissioner",
        change.toString());
  }
}
