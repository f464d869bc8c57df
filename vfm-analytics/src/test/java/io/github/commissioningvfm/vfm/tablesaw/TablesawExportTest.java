package io.github.commissioningvfm.vfm.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import io.github.commissioningvfm.vfm.spi.Figure;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TablesawExportTest {

  @Test
  void numericColumnsBecomeDoubles() {
    Table t = TablesawExport.toTable(ResultTable.builder("T", "option", "NPV", "NPV")
        .row("a", Fixtures.gbp("1.50"), "x")
        .row("b", Fixtures.gbp("-2"), "y").row("c", new Figure.Undefined("no data"), "z").build());
    assertEquals(ColumnType.STRING, t.column("option").type());
    assertEquals(ColumnType.DOUBLE, t.column("NPV").type());
    assertEquals(-2.0, t.doubleColumn("NPV").get(1), 0);
    assertEquals(true, t.doubleColumn("NPV").isMissing(2));
    assertEquals(List.of("option", "NPV", "NPV (2)"), t.columnNames());
  }

  @Test
  void resultTables() {
    List<Table> tables = TablesawExport.toTables(CbaStrategy.greenBook().evaluate(Fixtures.threeYear()));
    assertEquals(2, tables.size());
    assertEquals(2, tables.get(0).rowCount());
    assertEquals("service", tables.get(0).stringColumn("option").get(1));
  }

  @Test
  void aThirdDuplicateHeadingCountsOnAndCaseDoesNotMakeItUnique() {
    Table t = TablesawExport.toTable(ResultTable.builder("T", "NPV", "npv", "NPV")
        .row("x", "y", "z").build());
    assertEquals(List.of("NPV", "npv (2)", "NPV (3)"), t.columnNames());
  }

  @Test
  void aColumnOfUndefinedFiguresOnlyIsTextGivingTheirReasons() {
    Table t = TablesawExport.toTable(ResultTable.builder("T", "option", "BCR")
        .row("a", new Figure.Undefined("the investment is zero"))
        .row("b", new Figure.Undefined("no data")).build());
    assertEquals(ColumnType.STRING, t.column("BCR").type());
    assertEquals(List.of("undefined: the investment is zero", "undefined: no data"), t.stringColumn("BCR").asList());
  }
}
