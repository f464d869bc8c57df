package io.github.commissioningvfm.vfm.tablesaw;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Converts result tables to Tablesaw tables. A column whose cells are all figures becomes a
 * {@link DoubleColumn} (amounts in pounds; undefined figures are Tablesaw's missing value), any other
 * column a {@link StringColumn} of the cells' readable forms.
 *
 * @since 0.1.0
 */
public final class TablesawExport {

  private TablesawExport() {
  }

  /**
   * Converts one table; the Tablesaw table is named after its title. Duplicate column headings get a
   * numeric suffix (Tablesaw needs unique names).
   *
   * @param table the table
   * @return the Tablesaw table
   */
  public static Table toTable(ResultTable table) {
    Args.notNull(table, "table");
    List<Column<?>> columns = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < table.columns().size(); c++) {
      String name = table.columns().get(c);
      String unique = name;
      for (int k = 2; !used.add(unique.toLowerCase(Locale.ROOT)); k++) {
        unique = name + " (" + k + ")";
      }
      final int index = c;
      List<Cell> cells = table.rows().stream().map(r -> r.get(index)).toList();
      boolean numeric = !cells.isEmpty() && cells.stream().allMatch(Figure.class::isInstance)
          && cells.stream().anyMatch(x -> ((Figure) x).isDefined());
      if (numeric) {
        DoubleColumn col = DoubleColumn.create(unique);
        for (Cell x : cells) {
          var v = ((Figure) x).toDouble();
          if (v.isPresent()) {
            col.append(v.getAsDouble());
          } else {
            col.appendMissing();
          }
        }
        columns.add(col);
      } else {
        columns.add(StringColumn.create(unique, cells.stream().map(Cell::toString).toList()));
      }
    }
    return Table.create(table.title(), columns.toArray(new Column<?>[0]));
  }

  /**
   * Converts every table of a result.
   *
   * @param result the result
   * @return the Tablesaw tables, in the result's order
   */
  public static List<Table> toTables(VfmResult result) {
    Args.notNull(result, "result");
    return result.tables().stream().map(TablesawExport::toTable).toList();
  }
}
