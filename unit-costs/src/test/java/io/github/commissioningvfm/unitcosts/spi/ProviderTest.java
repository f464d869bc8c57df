package io.github.commissioningvfm.unitcosts.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.unitcosts.DuplicateEditionException;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provider registration: programmatic, opt-in discovery, and duplicate rejection. */
class ProviderTest {

  @Test
  void theServicesFileIsOnTheClassPath() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/services/io.github.commissioningvfm.unitcosts.spi.UnitCostProvider")) {
      assertNotNull(in);
      assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .contains(DiscoverableTestProvider.class.getName()));
    }
  }

  @Test
  void discoveryIsOptIn() {
    assertFalse(UnitCosts.standard().providers().contains(DiscoverableTestProvider.NAME));
    assertFalse(UnitCosts.standard().sources().contains("discovered"));
    UnitCosts discovered = UnitCosts.builder().withStandardProviders().discoverProviders().build();
    assertTrue(discovered.providers().contains(DiscoverableTestProvider.NAME));
    assertEquals(Cost.of("10", "2024/25"), discovered.get("discovered.visit").value());
  }

  @Test
  void programmaticRegistration() {
    UnitCosts costs = UnitCosts.builder().addProvider(new DiscoverableTestProvider()).build();
    assertEquals(List.of(DiscoverableTestProvider.NAME), costs.providers());
    assertEquals(List.of("discovered"), costs.sources());
  }

  @Test
  void twoProvidersOfTheSameEditionAreRejectedNamingBoth() {
    UnitCostProvider impostor = new UnitCostProvider() {
      @Override
      public String name() {
        return "impostor";
      }

      @Override
      public ProvidedData load() {
        return new DiscoverableTestProvider().load();
      }
    };
    DuplicateEditionException e = assertThrows(DuplicateEditionException.class,
        () -> UnitCosts.builder().addProvider(new DiscoverableTestProvider()).addProvider(impostor).build());
    assertEquals("Duplicate table edition discovered 1: supplied by provider 'discoverable test provider ("
        + DiscoverableTestProvider.class.getName() + ")' and again by provider 'impostor ("
        + impostor.getClass().getName() + ")'; remove one of them, or publish the data as a new edition",
        e.getMessage());
  }

  @Test
  void duplicateIndexEditionIsRejected() {
    UnitCosts standard = UnitCosts.standard();
    DuplicateEditionException e = assertThrows(DuplicateEditionException.class,
        () -> UnitCosts.builder().withStandardProviders().addIndex(standard.gdpDeflator()).build());
    assertTrue(e.getMessage().startsWith("Duplicate price index edition hmt-gdp-deflator 2026-03: supplied by "
        + "provider 'unit-costs (bundled"), e.getMessage());
    assertTrue(e.getMessage().contains("and again by provider 'programmatic registration'"), e.getMessage());
  }

  @Test
  void theSameProviderNameTwiceIsRejected() {
    DuplicateEditionException e = assertThrows(DuplicateEditionException.class,
        () -> UnitCosts.builder().addProvider(new DiscoverableTestProvider())
            .addProvider(new DiscoverableTestProvider()));
    String both = "discoverable test provider (" + DiscoverableTestProvider.class.getName() + ")";
    assertEquals("Duplicate provider name 'discoverable test provider': supplied by provider '" + both
        + "' and again by provider '" + both + "'; remove one of them, or publish the data as a new edition",
        e.getMessage());
  }

  @Test
  void aManifestProviderPrintsAsItsName() {
    ManifestProvider local = ManifestProvider.ofDirectory("local costs", java.nio.file.Path.of("data", "manifest.json"));
    assertEquals("local costs", local.toString());
    assertEquals("local costs", local.name());
  }
}
