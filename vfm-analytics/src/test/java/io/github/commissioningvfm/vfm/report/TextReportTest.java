package io.github.commissioningvfm.vfm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void alignsColumns() {
    ResultTable t = ResultTable.builder("T", "option", "NPV").row("service", "12.50").row("x", "-1234.00").build();
    assertEquals("T\n"
        + "option   NPV\n"
        + "-------  --------\n"
        + "service     12.50\n"
        + "x        -1234.00\n", TextReport.render(t));
  }

  @Test
  void resultListsTablesSourcesAndAssumptions() {
    String text = TextReport.render(RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()));
    assertTrue(text.startsWith("three-year test [roi]\n\nReturn on investment against 'status quo'"), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("service  total +300\\.00 +900\\.00 +3\\.0000 +2\\.0000")), text);
    assertTrue(text.contains("  - UNIT_COST: NHS National Cost Collection 2023/24, VB08Z (test row)\n"), text);
    assertTrue(text.contains("Assumptions\n  - Investment = option costs minus counterfactual costs"), text);
  }
}
