package io.github.commissioningvfm.unitcosts.spi;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A provider listed in the test class path's META-INF/services, to prove discovery is opt-in. */
public class DiscoverableTestProvider implements UnitCostProvider {

  /** The provider's name. */
  public static final String NAME = "discoverable test provider";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProvidedData load() {
    EditionInfo edition = EditionInfo.builder().source("discovered").sourceName("Discovered costs").edition("1")
        .citation("test").licence("CC0").retrieved(LocalDate.of(2026, 1, 1)).file("memory").build();
    UnitCost row = UnitCost.builder().key("discovered.visit").description("A visit").unit(CostUnit.PER_CONTACT)
        .value(Cost.of("10", "2024/25")).sourceLocation("n/a").source("Discovered costs", "1").build();
    return new ProvidedData(List.of(UnitCostTable.of(edition, List.of(row), Map.of())), List.of());
  }
}
