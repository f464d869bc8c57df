package io.github.commissioningvfm.unitcosts.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Tablesaw conversion of the bundled NCC 2024/25 table and GDP deflator. */
class UnitCostTablesawTest {

  @Test
  void unitCostTableBecomesATablesawTable() {
    UnitCostTable ncc = UnitCosts.standard().latest("ncc");
    Table t = UnitCostTablesaw.toTable(ncc);
    assertEquals("ncc 2024/25", t.name());
    assertEquals(ncc.size(), t.rowCount());
    assertEquals(List.of("key", "description", "unit", "value", "value_text", "price_base", "source_location",
        "category", "confidence", "notes"), t.columnNames());
    int row = List.copyOf(ncc.keys()).indexOf("ncc.ambulance.see-and-convey");
    assertEquals("ncc.ambulance.see-and-convey", t.stringColumn("key").get(row));
    // NCC 2024/25 national schedule, Ambulance 03 See & Convey: GBP 489.39.
    assertEquals(489.39, t.doubleColumn("value").get(row), 0.0);
    assertEquals("489.39", t.stringColumn("value_text").get(row));
    assertEquals("per incident", t.stringColumn("unit").get(row));
    String grid = t.selectColumns("key", "unit", "value_text", "price_base").print();
    assertTrue(grid.contains("ncc 2024/25"), grid);
    assertTrue(grid.lines().anyMatch(l -> l.contains("ncc.ambulance.see-and-convey") && l.contains("489.39")
        && l.contains("2024/25")), grid);
  }

  @Test
  void indexSeriesBecomesATablesawTable() {
    Table t = UnitCostTablesaw.toTable(UnitCosts.standard().gdpDeflator());
    assertEquals(15, t.rowCount());
    assertEquals("2010/11", t.stringColumn("year").get(0));
    // HM Treasury GDP deflator, March 2026: 2010-11 = 68.8561.
    assertEquals("68.8561", t.stringColumn("published").get(0));
    assertEquals(100.0, t.doubleColumn("level").get(14), 0.0);
  }
}
