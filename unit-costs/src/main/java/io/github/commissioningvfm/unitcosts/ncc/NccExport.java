package io.github.commissioningvfm.unitcosts.ncc;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import java.util.List;

/**
 * What {@link NccExportReader} read from one NCC export: the table of unit costs and every
 * unit-cost cell that holds no figure (suppressed with {@code *}, blank, or a department total
 * without a currency code), so that nothing is
 * skipped without a record. Every unit-cost cell read is either a row of the table or a skipped
 * cell: {@code table().size() + skipped().size() == costCells()}.
 *
 * @param table the unit costs read
 * @param skipped the cells that hold no figure, in file order
 * @param costCells the number of unit-cost cells read
 * @since 0.1.0
 */
public record NccExport(UnitCostTable table, List<Skipped> skipped, int costCells) {

  /**
   * Creates the result, checking that the counts add up.
   *
   * @param table the unit costs read
   * @param skipped the cells that hold no figure
   * @param costCells the number of unit-cost cells read
   */
  public NccExport {
    Args.notNull(table, "table");
    skipped = List.copyOf(Args.noNullElements(skipped, "skipped"));
    Args.check(table.size() + skipped.size() == costCells, "costCells",
        "equal the rows loaded plus the cells skipped (" + table.size() + " + " + skipped.size() + ")", costCells);
  }

  /**
   * A unit-cost cell that holds no figure.
   *
   * @param line the 1-based line
   * @param column the column, e.g. {@code "Unit cost"} or {@code "Ambulance / Unit cost"}
   * @param currency the currency code of the row
   * @param value the cell as read ({@code "*"} or blank)
   * @param reason why no row was made, e.g. {@code "suppressed by the publisher (*)"}
   */
  public record Skipped(int line, String column, String currency, String value, String reason) {
    /**
     * Creates a skipped cell.
     *
     * @param line the 1-based line
     * @param column the column
     * @param currency the currency code
     * @param value the cell as read
     * @param reason why no row was made
     */
    public Skipped {
      Args.notNull(column, "column");
      Args.notNull(currency, "currency");
      Args.notNull(value, "value");
      Args.notBlank(reason, "reason");
    }
  }

  @Override
  public String toString() {
    return "NccExport[" + table.size() + " unit costs, " + skipped.size() + " cells without a figure]";
  }
}
