package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import io.github.commissioningvfm.unitcosts.spi.ProvidedData;
import io.github.commissioningvfm.unitcosts.spi.UnitCostProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One price index read without the unit-cost tables. */
class StandardIndexTest {

  @Test
  void theIndexAloneEqualsTheStandardCataloguesNewestEdition() {
    PriceIndexSeries alone = UnitCosts.loadStandardIndex(UnitCosts.GDP_DEFLATOR);
    assertEquals(UnitCosts.standard().gdpDeflator(), alone);
    assertEquals(alone, UnitCosts.standardIndex(UnitCosts.GDP_DEFLATOR));
    // the HM Treasury deflator of March 2026: 2024/25 = 100
    assertEquals("2026-03", alone.edition().edition());
  }

  @Test
  void anUnknownIndexIsReportedByTheStandardCatalogue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitCosts.loadStandardIndex("no-such-index"));
    IllegalArgumentException fromStandard = assertThrows(IllegalArgumentException.class,
        () -> UnitCosts.standard().latestIndex("no-such-index"));
    assertEquals(fromStandard.getMessage(), e.getMessage());
    assertTrue(e.getMessage().startsWith("No price index 'no-such-index'; available: "), e.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> UnitCosts.standardIndex(" "));
    assertEquals("Argument 'index' must not be blank: ' '", blank.getMessage());
  }

  @Test
  void aManifestProviderReadsOnlyTheIndexFiles(@TempDir Path dir) throws Exception {
    String index = "year,value\n2023/24,96\n2024/25,100\n";
    Files.writeString(dir.resolve("index.csv"), index);
    // the table's checksum is wrong: loading everything fails, loading the index does not read it
    Files.writeString(dir.resolve("t.csv"), "key,description,unit,value,price_base,source_location\n"
        + "local.a,A,per hour,52.50,2024/25,p. 3\n");
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [{\"source\": \"local\", \"sourceName\": \"Local\", \"edition\": \"1\", "
        + "\"path\": \"t.csv\", \"sha256\": \"" + "0".repeat(64) + "\", \"rows\": 1, \"citation\": \"Budget\", "
        + "\"licence\": \"internal\", \"retrieved\": \"2025-02-01\"}], \"indices\": [{\"index\": \"local-index\", "
        + "\"name\": \"Local index\", \"source\": \"local\", \"sourceName\": \"Local\", \"edition\": \"1\", "
        + "\"form\": \"level\", \"path\": \"index.csv\", \"sha256\": \""
        + ManifestLoader.sha256(index.getBytes(StandardCharsets.UTF_8)) + "\", \"rows\": 2, \"citation\": \"Local\", "
        + "\"licence\": \"internal\", \"retrieved\": \"2025-02-01\"}]}");
    ManifestProvider provider = ManifestProvider.ofDirectory("local", m);
    assertThrows(TableIntegrityException.class, provider::load);
    ProvidedData only = provider.loadIndex("local-index");
    assertEquals(List.of(), only.tables());
    assertEquals(1, only.indices().size());
    assertEquals("Local index", only.indices().get(0).name());
    assertEquals(List.of(), provider.loadIndex("other").indices());
  }

  @Test
  void aProviderWithoutItsOwnIndexLoaderKeepsOnlyThatIndex() {
    PriceIndexSeries deflator = UnitCosts.standard().gdpDeflator();
    UnitCostProvider plain = new UnitCostProvider() {
      @Override
      public String name() {
        return "plain";
      }

      @Override
      public ProvidedData load() {
        return new ProvidedData(UnitCosts.standard().tables("ncc"), List.of(deflator));
      }
    };
    ProvidedData only = plain.loadIndex(UnitCosts.GDP_DEFLATOR);
    assertEquals(List.of(deflator), only.indices());
    assertEquals(List.of(), only.tables());
    assertEquals(List.of(), plain.loadIndex("other").indices());
  }

  private static PriceIndexSeries series(String index, String edition) {
    return PriceIndexSeries.ofLevels(index, "Index " + index, PriceIndexSeriesTest.edition(edition),
        java.util.Map.of(io.github.commissioningvfm.model.time.FinancialYear.parse("2024/25"),
            java.math.BigDecimal.valueOf(100)));
  }

  private static UnitCostProvider supplying(String name, PriceIndexSeries... series) {
    return new UnitCostProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ProvidedData load() {
        return new ProvidedData(List.of(), List.of(series));
      }
    };
  }

  @Test
  void theNewestEditionAmongTheProvidersIsChosenWithoutBuildingTheCatalogue() {
    PriceIndexSeries older = series("local-index", "2023");
    PriceIndexSeries newer = series("local-index", "2025");
    PriceIndexSeries middle = series("local-index", "2024");
    java.util.function.Supplier<UnitCosts> never = () -> {
      throw new AssertionError("the catalogue should not be built");
    };
    assertEquals(newer, UnitCosts.newestIndex(List.of(supplying("a", older, newer), supplying("b", middle)),
        "local-index", never));
    assertEquals(newer, UnitCosts.newestIndex(List.of(supplying("a", newer), supplying("b", older)), "local-index",
        never));
  }

  @Test
  void anIndexSuppliedTwiceMissingOrMislabelledIsLeftToTheCatalogue() {
    PriceIndexSeries one = series("local-index", "2024");
    UnitCosts catalogue = UnitCosts.builder().addIndex(series("local-index", "2025")).build();
    // the same edition from two providers: the catalogue decides (and its builder would report it)
    assertEquals("2025", UnitCosts.newestIndex(List.of(supplying("a", one), supplying("b", one)), "local-index",
        () -> catalogue).edition().edition());
    // a provider answering with another index
    UnitCostProvider wrong = new UnitCostProvider() {
      @Override
      public String name() {
        return "wrong";
      }

      @Override
      public ProvidedData load() {
        return new ProvidedData(List.of(), List.of());
      }

      @Override
      public ProvidedData loadIndex(String index) {
        return new ProvidedData(List.of(), List.of(series("other-index", "2024")));
      }
    };
    assertEquals("2025", UnitCosts.newestIndex(List.of(wrong), "local-index", () -> catalogue).edition().edition());
    // no provider has it
    assertEquals("2025", UnitCosts.newestIndex(List.of(supplying("a")), "local-index", () -> catalogue)
        .edition().edition());
  }
}
