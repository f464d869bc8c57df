package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Look-up by key, edition and alias; errors for keys that do not exist. */
class LookupTest {

  private static final UnitCosts COSTS = UnitCosts.standard();

  @Test
  void standardIsLoadedOnceAndHoldsTheBundledEditions() {
    assertSame(COSTS, UnitCosts.standard());
    assertTrue(COSTS.editions().stream().anyMatch(e -> e.label().equals("ncc 2023/24")));
    assertTrue(COSTS.editions().stream().anyMatch(e -> e.label().equals("ncc 2024/25")));
    assertTrue(COSTS.providers().get(0).startsWith("unit-costs (bundled"));
  }

  @Test
  void getFindsTheNewestEditionWithTheKey() {
    // NCC 2024/25: see and convey GBP 489.39; NCC 2023/24: GBP 458.73.
    assertEquals(Cost.of("489.39", "2024/25"), COSTS.get("ncc.ambulance.see-and-convey").value());
    assertEquals(Cost.of("458.73", "2023/24"),
        COSTS.edition("ncc", "2023/24").get("ncc.ambulance.see-and-convey").value());
  }

  @Test
  void sourcedCostCarriesEditionKeyAndLocation() {
    SourcedCost s = COSTS.get("ncc.mh-care-contact.a21-crisis-cafe-safe-haven").sourcedCost();
    assertEquals("NHS National Cost Collection 2024/25, ncc.mh-care-contact.a21-crisis-cafe-safe-haven "
        + "(National Schedule 2024/25: Mental Health Care Contact, currency A21)", s.provenance().describe());
    assertEquals(Cost.of("290.84", "2024/25"), s.cost());
  }

  @Test
  void unknownKeyListsCloseMatchesAndNoEdition() {
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class, () -> COSTS.get("ncc.nhs-111.call"));
    assertTrue(e.getMessage().startsWith("No unit cost with key 'ncc.nhs-111.call' in any edition (ncc 2023/24, "
        + "ncc 2024/25"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; editions with this key: none"), e.getMessage());
    assertTrue(e.closeMatches().size() > 0 && e.closeMatches().size() <= 5);
    assertEquals(List.of(), e.editionsWithKey());
  }

  @Test
  void misspeltKeyIsSuggested() {
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class,
        () -> COSTS.latest("ncc").get("ncc.ambulance.see-and-conway"));
    assertEquals("ncc.ambulance.see-and-convey", e.closeMatches().get(0));
    assertEquals("No unit cost with key 'ncc.ambulance.see-and-conway' in ncc 2024/25; close matches: "
        + String.join(", ", e.closeMatches()) + "; editions with this key: none", e.getMessage());
  }

  @Test
  void sharedWordsRankFirstAmongCloseMatches() {
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class,
        () -> COSTS.latest("ncc").get("ncc.ae-attendance"));
    assertEquals("ncc.emergency-care.attendance", e.closeMatches().get(0));
  }

  @Test
  void keyMissingFromOneEditionNamesTheEditionsThatHaveIt() {
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class,
        () -> COSTS.edition("ncc", "2023/24").get("ncc.mh-care-contact.a21-crisis-cafe-safe-haven"));
    assertEquals(List.of("ncc 2024/25"), e.editionsWithKey());
    assertTrue(e.getMessage().endsWith("; editions with this key: ncc 2024/25"), e.getMessage());
  }

  @Test
  void tableAliasesResolveToTheCurrentKey() {
    assertEquals(COSTS.latest("ncc").get("ncc.emergency-care.weighted-all"),
        COSTS.latest("ncc").get("ncc.emergency-care.attendance"));
    assertEquals(Map.of("ncc.emergency-care.attendance", "ncc.emergency-care.weighted-all"),
        COSTS.latest("ncc").aliases());
  }

  @Test
  void catalogueAliasesResolveAcrossTables() {
    UnitCosts withAlias = UnitCosts.builder().withStandardProviders()
        .alias("local.safe-haven", "ncc.mh-care-contact.a21-crisis-cafe-safe-haven").build();
    assertEquals(Cost.of("290.84", "2024/25"), withAlias.get("local.safe-haven").value());
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
        () -> UnitCosts.builder().alias("a.b", "a.b"));
    assertEquals("Argument 'alias' must differ from the key: a.b", self.getMessage());
  }

  @Test
  void unknownSourceEditionAndIndexAreNamed() {
    IllegalArgumentException source = assertThrows(IllegalArgumentException.class, () -> COSTS.latest("gmca"));
    assertTrue(source.getMessage().startsWith("No unit-cost source 'gmca'; available sources: ncc"),
        source.getMessage());
    IllegalArgumentException edition = assertThrows(IllegalArgumentException.class,
        () -> COSTS.edition("ncc", "2022/23"));
    assertEquals("No edition '2022/23' of source 'ncc'; available: 2023/24, 2024/25", edition.getMessage());
    IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
        () -> COSTS.index("hmt-gdp-deflator", "2025-12"));
    assertTrue(index.getMessage().startsWith("No price index 'hmt-gdp-deflator' edition '2025-12'; available: "
        + "hmt-gdp-deflator 2026-03"), index.getMessage());
  }

  @Test
  void combinedWithPrefersTheFirstTable() {
    UnitCostTable local = UnitCostTable.of(PriceIndexSeriesTest.edition("local-1"), List.of(UnitCost.builder()
        .key("ncc.ambulance.see-and-convey").description("Local see and convey").unit(CostUnit.PER_INCIDENT)
        .value(Cost.of("500", "2024/25")).sourceLocation("local contract").source("Test source", "local-1").build()),
        Map.of());
    UnitCostLookup combined = local.combinedWith(COSTS.latest("ncc"));
    assertEquals(Cost.of("500", "2024/25"), combined.get("ncc.ambulance.see-and-convey").value());
    assertEquals("Test source", combined.get("ncc.ambulance.see-and-convey").provenance().source());
    assertEquals(Cost.of("62.37", "2024/25"), combined.get("ncc.ambulance.hear-and-treat").value());
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class, () -> combined.get("ncc.nhs-111"));
    assertTrue(e.getMessage().startsWith("No unit cost with key 'ncc.nhs-111' in the combined tables"),
        e.getMessage());
  }

  @Test
  void tablesRefuseDuplicateKeysAndDanglingAliases() {
    UnitCost row = UnitCost.builder().key("x.a").description("A").unit(CostUnit.PER_HOUR)
        .value(Cost.of("1", "2024/25")).sourceLocation("p. 1").source("Test source", "1").build();
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> UnitCostTable.of(PriceIndexSeriesTest.edition("1"), List.of(row, row), Map.of()));
    assertEquals("Argument 'rows' must have unique keys: x.a", dup.getMessage());
    IllegalArgumentException alias = assertThrows(IllegalArgumentException.class,
        () -> UnitCostTable.of(PriceIndexSeriesTest.edition("1"), List.of(row), Map.of("x.old", "x.b")));
    assertEquals("Argument 'aliases' must point to a key of the table: x.old=x.b", alias.getMessage());
  }
}
