package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which edition values each year. Figures: NHS England National Cost Collection, national schedules
 * 2023/24 and 2024/25 (emergency care, all HRGs, activity-weighted: GBP 272.97 and GBP 280.17; mental
 * health care contact A06, 2024/25 only: GBP 278.91); HM Treasury GDP deflator, March 2026 (2021/22 85.3036,
 * 2023/24 96.1117, 2024/25 100).
 */
class UnitCostBasisTest {

  private static final UnitCosts COSTS = UnitCosts.standard();
  private static final String AE = "ncc.emergency-care.weighted-all";
  private static final String AMHT = "ncc.mh-care-contact.a06-community-mental-health-functional";
  private static final FinancialYear Y21 = FinancialYear.parse("2021/22");
  private static final FinancialYear Y23 = FinancialYear.parse("2023/24");
  private static final FinancialYear Y24 = FinancialYear.parse("2024/25");

  private static double value(SourcedCost c) {
    return c.cost().amount().toDouble();
  }

  @Test
  void eachYearTakesItsOwnEditionAndFallsBackToTheNearestRebased() {
    UnitCostBasis basis = UnitCostBasis.yearEditions(COSTS.gdpDeflator());
    SourcedCost ae23 = basis.valueFor(COSTS, AE, Y23, Y23);
    assertEquals(272.97, value(ae23), 1e-9);
    assertEquals("2023/24", ae23.provenance().edition());
    assertTrue(ae23.provenance().adjustments().isEmpty());
    assertEquals(280.17, value(basis.valueFor(COSTS, AE, Y24, Y24)), 1e-9);
    // 2021/22 has no edition: the nearest is 2023/24 (two years away), rebased with the deflator
    SourcedCost ae21 = basis.valueFor(COSTS, AE, Y21, Y21);
    assertEquals(272.97 * 85.3036 / 96.1117, value(ae21), 1e-9);
    assertEquals("2023/24", ae21.provenance().edition());
    assertTrue(ae21.provenance().adjustments().get(0).startsWith("rebased 2023/24 -> 2021/22 with HM Treasury GDP "
        + "deflator"), ae21.provenance().adjustments().toString());
    // A06 is only in the 2024/25 edition: 2023/24 contacts take it rebased back one year
    assertEquals(278.91 * 96.1117 / 100, value(basis.valueFor(COSTS, AMHT, Y23, Y23)), 1e-9);
    // in a constant-price analysis the year's own edition is rebased to the constant year
    assertEquals(272.97 * 100 / 96.1117, value(basis.valueFor(COSTS, AE, Y23, Y24)), 1e-9);
  }

  @Test
  void oneEditionIsTheNewestRebasedToEveryYear() {
    UnitCostBasis basis = UnitCostBasis.latestEdition(COSTS.gdpDeflator());
    SourcedCost ae23 = basis.valueFor(COSTS, AE, Y23, Y23);
    assertEquals(280.17 * 96.1117 / 100, value(ae23), 1e-9);
    assertEquals("2024/25", ae23.provenance().edition());
    assertEquals("one edition for every year (the newest that has each value), rebased with HM Treasury GDP deflator "
        + "at market prices (hmt-gdp-deflator, edition 2026-03)", basis.describe());
  }

  @Test
  void theTableBuilderValuesEveryYearFromAKey() {
    PriceBasis nominal = PriceBasis.nominal(Y24, COSTS.gdpDeflator());
    AlternativeCostTable table = AlternativeCostTable.builder()
        .valuedFrom(COSTS, UnitCostBasis.yearEditions(COSTS.gdpDeflator()), nominal, List.of(Y23, Y24))
        .key("A&E", AE).declareZero("None", "no service used").build();
    AlternativeCosting.Costed ae = (AlternativeCosting.Costed) table.costOf("a&e ", Y23).orElseThrow();
    assertEquals(272.97, value(ae.unitCost()), 1e-9);
    assertEquals(new AlternativeCosting.DeclaredZero("no service used"), table.costOf("None", Y24).orElseThrow());
    IllegalStateException early = assertThrows(IllegalStateException.class,
        () -> AlternativeCostTable.builder().key("A&E", AE));
    assertEquals("Call valuedFrom(costs, unitCostBasis, priceBasis, years) before key('A&E', '"
        + AE + "')", early.getMessage());
  }
}
