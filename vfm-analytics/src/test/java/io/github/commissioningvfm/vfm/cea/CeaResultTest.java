package io.github.commissioningvfm.vfm.cea;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printed and tabulated form of a cost-effectiveness result, on {@link Fixtures#withEffects()}
 * undiscounted: the service costs 100 + 100 = 200 for 4 + 4 = 8 reliable improvements, the status quo
 * (the counterfactual, listed second) 20 + 20 = 40 for 1 + 1 = 2.
 */
class CeaResultTest {

  private static CeaResult undiscounted(List<String> thresholds) {
    return CeaStrategy.standard().withSchedules(DiscountSchedule.none(), DiscountSchedule.none())
        .withThresholds(thresholds.stream().map(Fixtures::gbp).toList()).evaluate(Fixtures.withEffects());
  }

  private static List<String> cells(ResultTable t) {
    return t.rows().stream().map(Object::toString).toList();
  }

  @Test
  void headlinesAreTheOtherOptionsAgainstTheCounterfactual() {
    // incremental cost 200 - 40 = 160; incremental effect 8 - 2 = 6; ICER 160 / 6 = 26.67
    List<HeadlineFigure> h = undiscounted(List.of()).headlines();
    assertEquals(List.of("service: incremental-cost = £160.00 (2024/25 prices)",
        "service: incremental-effect = 6.000 outcome units", "service: icer = 26.67"),
        h.stream().map(HeadlineFigure::toString).toList());
  }

  @Test
  void resultWithoutMeasuresHasNoHeadlines() {
    CeaResult empty = new CeaResult("cea", "a", "status quo", List.of(), List.of(), List.of());
    assertEquals(List.of(), empty.headlines());
    assertEquals(List.of(), empty.tables());
  }

  @Test
  void tableRanksOptionsAndMarksTheCounterfactualsIcer() {
    // cost per unit: 40 / 2 = 20 and 200 / 8 = 25; both on the frontier, the service's ICER 26.67
    List<ResultTable> tables = undiscounted(List.of()).tables();
    assertEquals(1, tables.size());
    ResultTable t = tables.get(0);
    assertEquals("Cost-effectiveness: reliable improvement (against 'status quo')", t.title());
    assertEquals(List.of("option", "PV cost", "effect", "cost per unit", "ICER vs counterfactual", "status",
        "ICER on frontier"), t.columns());
    assertEquals(List.of(
        "[status quo, £40.00 (2024/25 prices), 2.000 reliable improvement, 20.00, -, on the efficient frontier, "
            + "undefined: the cheapest option on the frontier has no comparator]",
        "[service, £200.00 (2024/25 prices), 8.000 reliable improvement, 25.00, 26.67, on the efficient frontier, "
            + "26.67]"), cells(t));
  }

  @Test
  void netMonetaryBenefitTableSortsThresholdsAsNumbers() {
    // NMB = lambda x E - C: at 3,000: 3,000 x 8 - 200 = 23,800 and 3,000 x 2 - 40 = 5,960; at 20,000:
    // 160,000 - 200 = 159,800 and 40,000 - 40 = 39,960. 3,000 comes first although "20000" < "3000" as text
    List<ResultTable> tables = undiscounted(List.of("20000", "3000")).tables();
    assertEquals(2, tables.size());
    ResultTable n = tables.get(1);
    assertEquals("Net monetary benefit (lambda x effect - cost): reliable improvement", n.title());
    assertEquals(List.of("[3000, service, £23,800.00 (2024/25 prices)]", "[3000, status quo, £5,960.00 (2024/25 prices)]",
        "[20000, service, £159,800.00 (2024/25 prices)]", "[20000, status quo, £39,960.00 (2024/25 prices)]"),
        cells(n));
  }

  @Test
  void printsItsTablesSourcesAndAssumptions() {
    String text = undiscounted(List.of("3000")).toString();
    assertTrue(text.startsWith("cea [cea]\n\nCost-effectiveness: reliable improvement (against 'status quo')\n"), text);
    assertTrue(text.contains("\nNet monetary benefit (lambda x effect - cost): reliable improvement\n"), text);
    assertTrue(text.contains("\n3000       service     £23,800.00 (2024/25 prices)\n"), text);
    assertTrue(text.endsWith("Sources\n  - DISCOUNT_SCHEDULE: costs: undiscounted [0% from year 0]; no discounting\n"
        + "  - DISCOUNT_SCHEDULE: effects: undiscounted [0% from year 0]; no discounting\n"
        + "Assumptions\n  - Costs from the SOCIETY perspective, without optimism bias\n"), text);
  }

  @Test
  void strategyDescribesItself() {
    CeaStrategy s = CeaStrategy.standard();
    assertEquals("Cost-effectiveness: cost per outcome, ICER, net monetary benefit and dominance ranking",
        s.description());
    assertEquals(CeaResult.class, s.resultType());
    assertEquals(List.of(CeaStrategy.INCREMENTAL_COST, CeaStrategy.INCREMENTAL_EFFECT, CeaStrategy.ICER), s.metrics());
    assertEquals(CeaStrategy.INCREMENTAL_EFFECT, s.netBenefit().orElseThrow().value());
    assertEquals(CeaStrategy.INCREMENTAL_COST, s.netBenefit().orElseThrow().cost());
    assertEquals("value of one unit of the first outcome measure, in pounds", s.netBenefit().orElseThrow().lambdaMeaning());
    assertEquals(s, new CeaStrategy());
  }

  @Test
  void optionWithoutTheMeasureIsNamed() {
    Appraisal a = Appraisal.builder("cea").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 1)
        .option(AppraisalOption.builder("service")
            .cost(new CostStream("c", Perspective.COMMISSIONER, Fixtures.yearly("100")))
            .effect(new EffectStream("reliable improvement", Fixtures.quantities("4"))).build())
        .counterfactual(AppraisalOption.builder("status quo")
            .cost(new CostStream("c", Perspective.COMMISSIONER, Fixtures.yearly("20"))).build())
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CeaStrategy.standard().evaluate(a));
    assertEquals("Option 'status quo' has no effect stream for measure 'reliable improvement'", e.getMessage());
  }

  @Test
  void appraisalWithoutEffectsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CeaStrategy.standard().evaluate(Fixtures.oneYear("10", "5")));
    assertEquals("Appraisal 'one-year test' has no effect streams: cost-effectiveness needs an outcome measure on "
        + "every option", e.getMessage());
  }

  @Test
  void thresholdsInTwoPriceBasesAreRefused() {
    var e = assertThrows(io.github.commissioningvfm.model.money.PriceBaseMismatchException.class,
        () -> CeaStrategy.standard().withThresholds(List.of(gbp("1"),
            io.github.commissioningvfm.model.money.Cost.of("2", "2023/24"))));
    assertTrue(e.getMessage().startsWith("Cannot combine as cost-effectiveness thresholds a cost in 2023/24 prices "
        + "and a cost in 2024/25 prices"), e.getMessage());
  }
}
