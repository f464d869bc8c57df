package io.github.commissioningvfm.unitcosts.pssru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PSSRU data is standard data: a freshly built standard catalogue includes it, once. */
class StandardDataTest {

  @Test
  void aFreshStandardCatalogueIncludesThePssruProviderOnce() {
    assertTrue(new PssruProvider().standardData());
    List<String> providers = UnitCosts.builder().withStandardProviders().withStandardProviders().build().providers();
    assertEquals(1, providers.stream().filter(PssruProvider.NAME::equals).count(), providers.toString());
  }
}
