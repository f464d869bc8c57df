package io.github.commissioningvfm.vfm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void alignsColumns() {
    ResultTable t = ResultTable.builder("T", "option", "ROI").row("service", new Figure.Ratio(new BigDecimal("12.5")))
        .row("x", new Figure.Ratio(new BigDecimal("-1234"))).build();
    assertEquals("T\n"
        + "option   ROI\n"
        + "-------  ------\n"
        + "service   12.50\n"
        + "x        -1,234\n", TextReport.render(t));
  }

  @Test
  void lineBreaksInNamesCannotForgeRows() {
    ResultTable t = ResultTable.builder("T\nforged title", "option", "ROI")
        .row("real\nfake  row\r\n", new Figure.Undefined("the investment is zero")).build();
    assertEquals("T\u23CEforged title\n"
        + "option           ROI\n"
        + "---------------  ---------------------------------\n"
        + "real\u23CEfake  row\u23CE  undefined: the investment is zero\n", TextReport.render(t));
    assertEquals("a\u23CEb c", TextReport.oneLine("a\u2028b\u0007c"));
  }

  @Test
  void resultListsTablesSourcesAndAssumptions() {
    String text = TextReport.render(RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()));
    assertTrue(text.startsWith("three-year test [roi]\n\nReturn on investment against 'status quo'"), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("service  total +£300\\.00 \\(2024/25 prices\\) +£900\\.00 \\(2024/25 prices\\) +3\\.000 +2\\.000")), text);
    assertTrue(text.contains("  - UNIT_COST: NHS National Cost Collection 2023/24, VB08Z (test row)\n"), text);
    assertTrue(text.contains("Assumptions\n  - Investment = option costs minus counterfactual costs"), text);
  }
}
