package io.github.commissioningvfm.model.payment.nhsps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped scheme editions against the scheme documents:
 * <ul>
 * <li>2023/25 NHSPS: LVA "applies to almost all NHS provider/commissioner relationships with an
 * annual value below GBP 0.5m"; API elective activity "paid for using 100% of NHSPS unit prices"
 * (NHS England, "About the NHS Payment Scheme", 2023/25; 2023/25 NHSPS section 1, Table 1).</li>
 * <li>2025/26 NHSPS: LVA "normally those with an expected value of annual activity of GBP 1.5m or
 * less" (2025/26 NHSPS "NHS provider payment mechanisms" guidance, Table 1; LVA rules in section
 * 5); API elective activity at 100% of unit prices (NHS England, "About the NHS Payment Scheme",
 * 2025/26).</li>
 * </ul>
 */
class SchemeEditionsTest {

  private static final SchemeEditions EDITIONS = SchemeEditions.standard();

  @Test
  void edition2023to25HasTheHalfMillionThresholdStrictlyBelow() {
    SchemeEdition e = EDITIONS.forYear(FinancialYear.parse("2024/25"));
    assertEquals("2023/25", e.id());
    assertEquals(Money.ofPounds(500_000), e.lvaThreshold().value());
    assertEquals(ThresholdBoundary.BELOW, e.lvaThreshold().boundary());
    assertEquals(Proportion.ALL, e.apiVariableRate().value());
    assertTrue(e.lvaThreshold().source().location().contains("Table 1"));
  }

  @Test
  void edition2025to26HasTheOneAndAHalfMillionThresholdInclusive() {
    SchemeEdition e = EDITIONS.forYear(FinancialYear.parse("2025/26"));
    assertEquals("2025/26", e.id());
    assertEquals(Money.ofPounds(1_500_000), e.lvaThreshold().value());
    assertEquals(ThresholdBoundary.AT_OR_BELOW, e.lvaThreshold().boundary());
    assertEquals(Proportion.ALL, e.apiVariableRate().value());
    assertTrue(e.lvaThreshold().source().location().startsWith("Section 5"));
  }

  @Test
  void costUpliftsAreThoseVerifiedAndNoOthers() {
    // 2023/24: "inflation cost uplift factor for 2023/24 is 2.9% and the efficiency factor is 1.1%"
    // (NHS England, "About the NHS Payment Scheme", 2023/25). 2025/26: cost uplift revised from
    // 4.15% to 4.83% (NHS England, "2025/26 NHS Payment Scheme" publication page, pay award prices).
    CostUplift u2324 = EDITIONS.forYear(FinancialYear.parse("2023/24")).costUplift(FinancialYear.parse("2023/24"))
        .orElseThrow();
    assertEquals(Percentage.ofPercent("2.9"), u2324.costUplift());
    assertEquals(Optional.of(Percentage.ofPercent("1.1")), u2324.efficiencyFactor());
    assertEquals(Optional.empty(), EDITIONS.forYear(FinancialYear.parse("2024/25"))
        .costUplift(FinancialYear.parse("2024/25")));
    CostUplift u2526 = EDITIONS.forYear(FinancialYear.parse("2025/26")).costUplift(FinancialYear.parse("2025/26"))
        .orElseThrow();
    assertEquals(Percentage.ofPercent("4.83"), u2526.costUplift());
    assertEquals(Optional.empty(), u2526.efficiencyFactor());
  }

  @Test
  void nhsTrustOfHalfAMillionIsApiIn2023to25ButLvaIn2025to26() {
    Money value = Money.ofPounds(500_000);
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, EDITIONS.forYear(FinancialYear.parse("2023/24"))
        .select(ProviderType.NHS_TRUST, value, false).mechanism());
    assertEquals(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, EDITIONS.forYear(FinancialYear.parse("2025/26"))
        .select(ProviderType.NHS_FOUNDATION_TRUST, value, false).mechanism());
    assertEquals(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, EDITIONS.forYear(FinancialYear.parse("2023/24"))
        .select(ProviderType.NHS_TRUST, Money.of("499999.99"), false).mechanism());
    assertEquals(SchemeMechanism.LOW_VOLUME_ACTIVITY_BLOCK, EDITIONS.forYear(FinancialYear.parse("2025/26"))
        .select(ProviderType.NHS_TRUST, Money.ofPounds(1_500_000), false).mechanism());
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, EDITIONS.forYear(FinancialYear.parse("2025/26"))
        .select(ProviderType.NHS_TRUST, Money.of("1500000.01"), false).mechanism());
  }

  @Test
  void nonNhsProvidersGetActivityBasedOrLocalWhateverTheValue() {
    SchemeEdition e = EDITIONS.forYear(FinancialYear.parse("2025/26"));
    assertEquals(SchemeMechanism.ACTIVITY_BASED_PAYMENT,
        e.select(ProviderType.INDEPENDENT_SECTOR, Money.ofPounds(9_000_000), true).mechanism());
    MechanismSelection vcse = e.select(ProviderType.VCSE, Money.ofPounds(300_000), false);
    assertEquals(SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT, vcse.mechanism());
    assertEquals("The provider (VCSE organisation) is a non-NHS provider and the service has no NHSPS unit prices: "
        + "commissioner and "
        + "provider agree and document a local payment arrangement, whatever the value (\u00a3300,000.00).",
        vcse.explanation());
    assertEquals("Section 1, Table 1 (payment mechanisms)", EDITIONS.forYear(FinancialYear.parse("2023/24"))
        .select(ProviderType.VCSE, Money.ofPounds(1), false).citations().get(0).location());
  }

  @Test
  void explanationStatesValueThresholdAndEdition() {
    MechanismSelection s = EDITIONS.forYear(FinancialYear.parse("2023/24"))
        .select(ProviderType.NHS_TRUST, Money.ofPounds(300_000), false);
    assertEquals("The provider (NHS trust) is an NHS provider and the expected annual value \u00a3300,000.00 is below "
        + "the "
        + "2023/25 LVA threshold of \u00a3500,000.00: the commissioner pays the nationally set LVA value with no "
        + "other in-year transactions.", s.explanation());
    assertEquals("mechanisms", s.citations().get(0).key());
    assertEquals("lva.threshold", s.citations().get(1).key());
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchemeEditions.parse("broken.properties", p));
    assertEquals("NHS Payment Scheme file broken.properties: missing key 'lva.threshold'", e.getMessage());
  }

  @Test
  void negativeValueIsRefused() {
    assertEquals("Argument 'expectedAnnualValue' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> EDITIONS.forYear(FinancialYear.parse("2025/26"))
            .select(ProviderType.VCSE, Money.ofPounds(-1), false)).getMessage());
  }
}
