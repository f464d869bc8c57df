package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text grid of a table. */
class UnitCostTableGridTest {

  @Test
  void gridAlignsColumnsAndRightAlignsValues() {
    UnitCost a = UnitCost.builder().key("x.a").description("First").unit(CostUnit.PER_HOUR)
        .value(Cost.of("5.5", "2024/25")).sourceLocation("p. 1").source("Test source", "1").build();
    UnitCost b = UnitCost.builder().key("x.longer-key").description("Second").unit(CostUnit.PER_BED_DAY)
        .value(Cost.of("1518.46", "2024/25")).sourceLocation("p. 2").source("Test source", "1").build();
    String grid = UnitCostTable.of(PriceIndexSeriesTest.edition("1"), List.of(a, b), Map.of()).toGrid();
    assertEquals("test 1: Test source (2 rows)\n"
        + "key          | unit        |   value | price base | description\n"
        + "-------------+-------------+---------+------------+------------\n"
        + "x.a          | per hour    |     5.5 | 2024/25    | First\n"
        + "x.longer-key | per bed day | 1518.46 | 2024/25    | Second\n", grid);
  }

  @Test
  void bundledTablePrintsOneLinePerRow() {
    UnitCostTable ncc = UnitCosts.standard().latest("ncc");
    List<String> lines = ncc.toGrid().lines().toList();
    assertEquals(ncc.size() + 3, lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("ncc.mh-care-contact.a21-crisis-cafe-safe-haven ")
        && l.contains("| per contact ") && l.contains(" 290.84 | 2024/25 ")), String.join("\n", lines));
  }
}
