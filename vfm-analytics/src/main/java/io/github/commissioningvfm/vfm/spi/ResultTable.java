package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of text cells: the neutral form in which results are printed and exported.
 * Amounts are written as plain decimals rounded half-up to the penny, ratios to four decimal places.
 *
 * @param title the title
 * @param columns the column headings
 * @param rows the rows; each has one cell per column
 * @since 0.1.0
 */
public record ResultTable(String title, List<String> columns, List<List<String>> rows) {

  /** Validates and copies. */
  public ResultTable {
    Args.notBlank(title, "title");
    columns = List.copyOf(Args.notEmpty(columns, "columns"));
    List<List<String>> copy = new ArrayList<>();
    for (int i = 0; i < Args.noNullElements(rows, "rows").size(); i++) {
      List<String> row = List.copyOf(Args.noNullElements(rows.get(i), "rows[" + i + "]"));
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

  /** Adds rows one by one. */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    private Builder(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row; cells are converted with {@link String#valueOf(Object)}.
     *
     * @param cells the cells
     * @return this builder
     */
    public Builder row(Object... cells) {
      List<String> row = new ArrayList<>();
      for (Object c : cells) {
        row.add(String.valueOf(c));
      }
      rows.add(row);
      return this;
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
