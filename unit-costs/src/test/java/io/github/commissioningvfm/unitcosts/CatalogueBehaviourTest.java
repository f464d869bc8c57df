package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.spi.DiscoverableTestProvider;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, its tables, rows and price-index series built from rows in memory: ordering,
 * look-up across tables, and the checks on each value.
 */
class CatalogueBehaviourTest {

  private static final FinancialYear Y2223 = FinancialYear.parse("2022/23");
  private static final FinancialYear Y2324 = FinancialYear.parse("2023/24");
  private static final FinancialYear Y2425 = FinancialYear.parse("2024/25");
  private static final FinancialYear Y2526 = FinancialYear.parse("2025/26");

  private static EditionInfo edition(String source, String edition) {
    return EditionInfo.builder().source(source).sourceName("Source " + source).edition(edition).citation("Test")
        .licence("CC0").retrieved(LocalDate.of(2026, 1, 1)).file("memory").build();
  }

  private static UnitCost row(String source, String edition, String key, String value) {
    return UnitCost.builder().key(key).description("Row " + key).unit(CostUnit.PER_CONTACT)
        .value(Cost.of(value, "2024/25")).sourceLocation("p. 1").source("Source " + source, edition).build();
  }

  private static UnitCostTable table(String source, String edition, String... keys) {
    return UnitCostTable.of(edition(source, edition),
        java.util.Arrays.stream(keys).map(k -> row(source, edition, k, "10")).toList(), Map.of());
  }

  private static PriceIndexSeries levels(String index, String edition) {
    return PriceIndexSeries.ofLevels(index, "Index " + index, edition("idx", edition),
        Map.of(Y2324, new BigDecimal("96"), Y2425, new BigDecimal("100")));
  }

  @Test
  void editionsOfASourceAreOrderedOldestFirstWhateverTheOrderAdded() {
    UnitCosts costs = UnitCosts.builder().addTable(table("loc", "2024/25", "loc.a"))
        .addTable(table("loc", "2023/24", "loc.a", "loc.b")).build();
    assertEquals(List.of("2023/24", "2024/25"),
        costs.tables("loc").stream().map(t -> t.edition().edition()).toList());
    assertEquals("2024/25", costs.latest("loc").edition().edition());
    assertEquals("UnitCosts[loc 2023/24, loc 2024/25; indices ]", costs.toString());
    assertEquals(Set.of("loc.a", "loc.b"), costs.keys());
    assertEquals(Optional.of(costs.latest("loc").get("loc.a")), costs.find("loc.a"));
    assertEquals(Optional.empty(), costs.find("loc.c"));
  }

  @Test
  void indicesAreOrderedByNameThenEdition() {
    UnitCosts costs = UnitCosts.builder().addIndex(levels("b-index", "2")).addIndex(levels("a-index", "2"))
        .addIndex(levels("b-index", "1")).build();
    assertEquals(List.of("a-index 2", "b-index 1", "b-index 2"),
        costs.indices().stream().map(s -> s.id().toString()).toList());
    assertEquals("2", costs.latestIndex("b-index").edition().edition());
    assertEquals(levels("b-index", "1"), costs.index("b-index", "1"));
  }

  @Test
  void theNamedIndexAccessorsFindTheirSeries() {
    UnitCosts costs = UnitCosts.builder().addIndex(levels(UnitCosts.NHSCII_PAY_AND_PRICES, "2024"))
        .addIndex(levels(UnitCosts.PSS_PAY_AND_PRICES, "2024")).build();
    assertEquals(UnitCosts.NHSCII_PAY_AND_PRICES, costs.nhsciiPayAndPrices("2024").index());
    assertEquals(UnitCosts.PSS_PAY_AND_PRICES, costs.pssPayAndPrices("2024").index());
  }

  @Test
  void anUnknownNhsOrPssIndexPointsToThePssruArtifact() {
    UnitCosts costs = UnitCosts.builder().addIndex(levels("a-index", "1")).build();
    String hint = "; the NHS and PSS inflation indices ship in the unit-costs-pssru artifact";
    assertEquals("No price index 'nhscii-pay' edition '1'; available: a-index 1" + hint,
        assertThrows(IllegalArgumentException.class, () -> costs.index("nhscii-pay", "1")).getMessage());
    assertEquals("No price index 'pss-pay' edition '1'; available: a-index 1" + hint,
        assertThrows(IllegalArgumentException.class, () -> costs.index("pss-pay", "1")).getMessage());
    assertEquals("No price index 'other' edition '1'; available: a-index 1",
        assertThrows(IllegalArgumentException.class, () -> costs.index("other", "1")).getMessage());
    assertEquals("No price index 'pss-pay'; available: a-index 1" + hint,
        assertThrows(IllegalArgumentException.class, () -> costs.latestIndex("pss-pay")).getMessage());
    assertEquals("No price index 'nhscii-pay'; available: a-index 1" + hint,
        assertThrows(IllegalArgumentException.class, () -> costs.latestIndex("nhscii-pay")).getMessage());
    assertEquals("No price index 'other'; available: a-index 1",
        assertThrows(IllegalArgumentException.class, () -> costs.latestIndex("other")).getMessage());
  }

  @Test
  void standardIsBuiltOnceOnFirstUse() throws ReflectiveOperationException {
    Field field = UnitCosts.class.getDeclaredField("standard");
    field.setAccessible(true);
    Object before = field.get(null);
    try {
      field.set(null, null);
      UnitCosts first = UnitCosts.standard();
      assertNotNull(first);
      assertSame(first, UnitCosts.standard());
    } finally {
      field.set(null, before);
    }
  }

  @Test
  void standardProvidersLeaveOutDiscoverableOnes() {
    UnitCosts standard = UnitCosts.builder().withStandardProviders().withStandardProviders().build();
    assertEquals(1, standard.providers().size(), standard.providers().toString());
    assertFalse(standard.sources().contains("discovered"));
  }

  @Test
  void discoveryFallsBackToTheLibrarysLoaderWithoutAContextLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try {
      thread.setContextClassLoader(null);
      UnitCosts discovered = UnitCosts.builder().discoverProviders().discoverProviders().build();
      assertEquals(List.of(DiscoverableTestProvider.NAME), discovered.providers());
      assertEquals(List.of("discovered"), discovered.sources());
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  @Test
  void combinedLookupNamesTheEditionsThatHoldAMissingKeyOnce() {
    UnitCostTable ncc2324 = UnitCosts.standard().edition("ncc", "2023/24");
    UnitCostTable local = table("loc", "1", "loc.a");
    String onlyIn2425 = "ncc.mh-care-contact.a21-crisis-cafe-safe-haven";
    UnitCostNotFoundException first = assertThrows(UnitCostNotFoundException.class,
        () -> ncc2324.combinedWith(local).get(onlyIn2425));
    assertEquals(List.of("ncc 2024/25"), first.editionsWithKey());
    assertEquals(onlyIn2425, first.key());
    UnitCostNotFoundException second = assertThrows(UnitCostNotFoundException.class,
        () -> local.combinedWith(ncc2324).get(onlyIn2425));
    assertEquals(List.of("ncc 2024/25"), second.editionsWithKey());
    UnitCostNotFoundException twice = assertThrows(UnitCostNotFoundException.class,
        () -> ncc2324.combinedWith(ncc2324).get(onlyIn2425));
    assertEquals(List.of("ncc 2024/25"), twice.editionsWithKey());
    assertTrue(twice.getMessage().endsWith("; editions with this key: ncc 2024/25"), twice.getMessage());
  }

  @Test
  void combinedKeysAreTheUnionInOrder() {
    UnitCostLookup combined = table("loc", "1", "loc.b", "loc.a").combinedWith(table("oth", "1", "oth.c", "loc.a"));
    assertEquals(List.of("loc.b", "loc.a", "oth.c"), List.copyOf(combined.keys()));
  }

  @Test
  void labelsOfUnitsAndCategories() {
    assertEquals("per contact", CostUnit.PER_CONTACT.toString());
    assertEquals("per bed day", CostUnit.PER_BED_DAY.label());
    assertTrue(CostUnit.allLabels().startsWith("per contact, per attendance, per incident, "), CostUnit.allLabels());
    assertTrue(CostUnit.allLabels().endsWith(", per year, per person"), CostUnit.allLabels());
    assertEquals("social care", CostCategory.SOCIAL_CARE.label());
    assertEquals("other public sector", CostCategory.OTHER_PUBLIC_SECTOR.toString());
    assertEquals(Optional.of(CostCategory.NHS), CostCategory.fromLabel("NHS"));
  }

  @Test
  void editionFactsAreChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> edition("Local Costs", "1"));
    assertEquals("Argument 'source' must be lower-case letters, digits and '-': Local Costs", e.getMessage());
    EditionInfo amended = EditionInfo.builder().source("loc").sourceName("Local").edition("2").citation("Test")
        .licence("CC0").retrieved(LocalDate.of(2026, 1, 1)).file("memory").amends("1").build();
    assertEquals(Optional.of("1"), amended.amends());
    assertEquals("loc 2", amended.label());
  }

  @Test
  void aRowMayCostNothingButNotLessAndMustNameItsOwnKey() {
    UnitCost free = row("loc", "1", "loc.free", "0");
    assertEquals("loc.free: \u00a30.00 (2024/25 prices) per contact", free.toString());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> row("loc", "1", "loc.neg", "-0.01"));
    assertEquals("Argument 'value' must not be negative: -\u00a30.01 (2024/25 prices)", negative.getMessage());
    IllegalArgumentException wrongKey = assertThrows(IllegalArgumentException.class, () -> new UnitCost("loc.a",
        "A", CostUnit.PER_HOUR, Cost.of("1", "2024/25"), "p. 1", Optional.empty(), Optional.empty(), "",
        Provenance.of("Source loc", "1", "loc.b", "p. 1")));
    assertEquals("Argument 'provenance' must name the row's key 'loc.a': loc.b", wrongKey.getMessage());
    UnitCost graded = UnitCost.builder().key("loc.g").description("G").unit(CostUnit.PER_HOUR)
        .value(Cost.of("1", "2024/25")).confidence("high").category(CostCategory.NHS).source("Source loc", "1")
        .build();
    assertEquals(Optional.of("high"), graded.confidence());
    assertEquals(Optional.of(CostCategory.NHS), graded.category());
  }

  @Test
  void aTableRefusesRowsOfAnotherEditionAndAliasesThatAreKeys() {
    UnitCost otherEdition = row("loc", "2", "loc.a", "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitCostTable.of(edition("loc", "1"), List.of(otherEdition), Map.of()));
    assertEquals("Argument 'rows' must name source 'Source loc' edition '1' in their provenance: "
        + otherEdition.provenance(), e.getMessage());
    UnitCostTable t = table("loc", "1", "loc.a", "loc.b");
    IllegalArgumentException alias = assertThrows(IllegalArgumentException.class,
        () -> t.withAliases(Map.of("loc.a", "loc.b")));
    assertEquals("Argument 'aliases' must not be a key of the table: loc.a=loc.b", alias.getMessage());
    UnitCostTable aliased = t.withAliases(Map.of("loc.old", "loc.a"));
    assertEquals(t.get("loc.a"), aliased.get("loc.old"));
    assertEquals(Map.of("loc.old", "loc.a"), aliased.aliases());
    assertEquals("loc 1 (2 rows)", aliased.toString());
  }

  @Test
  void priceIndexIdsDifferByIndexAndEdition() {
    PriceIndexId id = new PriceIndexId("a-index", "1");
    assertEquals(new PriceIndexId("a-index", "1"), id);
    assertEquals(new PriceIndexId("a-index", "1").hashCode(), id.hashCode());
    assertNotEquals(new PriceIndexId("a-index", "2"), id);
    assertNotEquals(new PriceIndexId("b-index", "1"), id);
    assertNotEquals(new PriceIndexId("b-index", "1").hashCode(), id.hashCode());
    assertNotEquals(new PriceIndexId("a-index", "2").hashCode(), id.hashCode());
    assertEquals("a-index 1", id.toString());
  }

  @Test
  void seriesChecksItsNameAndValues() {
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> levels("GDP index", "1"));
    assertEquals("Argument 'index' must be lower-case letters, digits and '-': GDP index", name.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> PriceIndexSeries.ofLevels("x", "X", edition("idx", "1"), Map.of()));
    assertEquals("Argument 'published' must not be empty: {}", empty.getMessage());
    IllegalArgumentException fall = assertThrows(IllegalArgumentException.class,
        () -> PriceIndexSeries.ofAnnualChanges("x", "X", edition("idx", "1"),
            Map.of(Y2324, new BigDecimal("2"), Y2425, new BigDecimal("-100"))));
    assertEquals("Argument 'change 2024/25' must be positive: 0.00", fall.getMessage());
    PriceIndexSeries steep = PriceIndexSeries.ofAnnualChanges("x", "X", edition("idx", "1"),
        Map.of(Y2425, new BigDecimal("-99.5")));
    assertEquals(0, new BigDecimal("0.5").compareTo(steep.level(Y2425)));
  }

  @Test
  void seriesIdentityAndText() {
    PriceIndexSeries a = levels("a-index", "1");
    assertEquals(levels("a-index", "1"), a);
    assertEquals(levels("a-index", "1").hashCode(), a.hashCode());
    assertNotEquals(levels("b-index", "1"), a);
    assertNotEquals(levels("a-index", "2"), a);
    assertNotEquals(PriceIndexSeries.ofAnnualChanges("a-index", "Index a-index", edition("idx", "1"),
        Map.of(Y2324, new BigDecimal("96"), Y2425, new BigDecimal("100"))), a);
    assertNotEquals(PriceIndexSeries.ofLevels("a-index", "Index a-index", edition("idx", "1"),
        Map.of(Y2324, new BigDecimal("95"), Y2425, new BigDecimal("100"))), a);
    assertNotEquals(a.withNotes(Map.of(Y2425, "provisional")), a);
    assertNotEquals("a-index", a);
    assertEquals("Index a-index", a.name());
    assertEquals("Index a-index (a-index, edition 1) 2023/24 to 2024/25", a.toString());
    assertTrue(a.covers(Y2425));
    assertFalse(a.covers(Y2526));
  }

  @Test
  void extrapolationIsNotedOnlyOutsideThePublishedYears() {
    PriceIndexSeries a = levels("a-index", "1");
    InflationRate assumed = InflationRate.parse("2%");
    SourcedCost cost = new SourcedCost(Cost.of("96", "2023/24"), Provenance.of("Source", "1", "k", "p. 1"));
    assertSame(cost, a.inflatedTo(cost, Y2324, assumed));
    SourcedCost inside = a.inflatedTo(cost, Y2425, assumed);
    assertEquals(Y2425, inside.cost().priceBase());
    assertEquals(Money.of("100.00"), inside.cost().toMoney());
    assertFalse(inside.toString().contains("assumed"), inside.toString());
    SourcedCost after = a.inflatedTo(cost, Y2526, assumed);
    assertEquals(Y2526, after.cost().priceBase());
    assertEquals(Money.of("102.00"), after.cost().toMoney());
    assertTrue(after.toString().contains("; assumed 2% a year outside 2023/24 to 2024/25"), after.toString());
    SourcedCost before = a.inflatedTo(new SourcedCost(Cost.of("100", "2024/25"), cost.provenance()), Y2223,
        assumed);
    assertTrue(before.toString().contains("; assumed 2% a year outside 2023/24 to 2024/25"), before.toString());
  }

  @Test
  void aMisspeltOldKeyIsMatchedToItsAlias() {
    UnitCostTable t = table("loc", "1", "loc.visit").withAliases(Map.of("loc.old-home-visit", "loc.visit"));
    UnitCosts costs = UnitCosts.builder().addTable(t).alias("loc.former-home-visit", "loc.visit").build();
    assertEquals(costs.get("loc.visit"), costs.get("loc.old-home-visit"));
    assertEquals(costs.get("loc.visit"), costs.get("loc.former-home-visit"));
    UnitCostNotFoundException table = assertThrows(UnitCostNotFoundException.class,
        () -> costs.get("loc.old-home-visits"));
    assertTrue(table.closeMatches().contains("loc.old-home-visit"), table.closeMatches().toString());
    UnitCostNotFoundException catalogue = assertThrows(UnitCostNotFoundException.class,
        () -> costs.get("loc.former-home-visits"));
    assertTrue(catalogue.closeMatches().contains("loc.former-home-visit"), catalogue.closeMatches().toString());
  }
}
