package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.report.TextReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of typed cells: the neutral form in which results are printed and exported.
 * Figures stay typed (amounts exact, with their price base) until an output formats them.
 *
 * @param title the title
 * @param columns the column headings
 * @param rows the rows; each has one cell per column
 */
public record ResultTable(String title, List<String> columns, List<List<Cell>> rows) {

  /** Validates and copies. */
  public ResultTable {
    Args.notBlank(title, "title");
    columns = List.copyOf(Args.notEmpty(columns, "columns"));
    List<List<Cell>> copy = new ArrayList<>();
    for (int i = 0; i < Args.noNullElements(rows, "rows").size(); i++) {
      List<Cell> row = List.copyOf(Args.noNullElements(rows.get(i), "rows[" + i + "]"));
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("Table '" + title + "', row " + i + ": has " + row.size()
            + " cells but there are " + columns.size() + " columns");
      }
      copy.add(row);
    }
    rows = List.copyOf(copy);
  }

  /**
   * Starts a table.
   *
   * @param title the title
   * @param columns the column headings
   * @return a builder
   */
  public static Builder builder(String title, String... columns) {
    return new Builder(title, List.of(columns));
  }

  /**
   * The table as aligned text.
   *
   * @return {@code TextReport.render(this)}
   */
  @Override
  public String toString() {
    return TextReport.render(this);
  }

  /** Adds rows one by one. */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    private Builder(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row. A {@link Cell} is kept, a {@link Cost} becomes an {@link Figure.Amount}, an
     * {@code Integer} or {@code Long} a {@link Figure.Count}, anything else text.
     *
     * @param cells the cells
     * @return this builder
     */
    public Builder row(Object... cells) {
      List<Cell> row = new ArrayList<>();
      for (Object c : cells) {
        row.add(cell(c));
      }
      rows.add(row);
      return this;
    }

    private static Cell cell(Object c) {
      if (c instanceof Cell cell) {
        return cell;
      }
      if (c instanceof Cost cost) {
        return new Figure.Amount(cost);
      }
      if (c instanceof Integer || c instanceof Long) {
        return new Figure.Count(((Number) c).longValue());
      }
      return new Cell.Text(String.valueOf(Args.notNull(c, "cell")));
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public ResultTable build() {
      return new ResultTable(title, columns, rows);
    }
  }
}
