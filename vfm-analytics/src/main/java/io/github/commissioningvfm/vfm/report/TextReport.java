package io.github.commissioningvfm.vfm.report;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.List;

/**
 * Renders results as plain-text tables. Numeric-looking cells are right-aligned, text cells
 * left-aligned; lines end with {@code \n} whatever the platform.
 *
 * @since 0.1.0
 */
public final class TextReport {

  private TextReport() {
  }

  /**
   * Renders one table: the title, a header row, a rule and the rows.
   *
   * @param table the table
   * @return the text
   */
  public static String render(ResultTable table) {
    Args.notNull(table, "table");
    int n = table.columns().size();
    int[] width = new int[n];
    for (int c = 0; c < n; c++) {
      width[c] = table.columns().get(c).length();
      for (List<String> row : table.rows()) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder(table.title()).append('\n');
    appendRow(sb, table.columns(), width, false);
    for (int c = 0; c < n; c++) {
      sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    sb.append('\n');
    for (List<String> row : table.rows()) {
      appendRow(sb, row, width, true);
    }
    return sb.toString();
  }

  /**
   * Renders a result: its strategy and appraisal, every table, then its sources and assumptions.
   *
   * @param result the result
   * @return the text
   */
  public static String render(VfmResult result) {
    Args.notNull(result, "result");
    StringBuilder sb = new StringBuilder();
    sb.append(result.appraisalName()).append(" [").append(result.strategyId()).append("]\n\n");
    for (ResultTable t : result.tables()) {
      sb.append(render(t)).append('\n');
    }
    sb.append("Sources\n");
    for (SourceReference s : result.sources()) {
      sb.append("  - ").append(s.kind()).append(": ").append(s.description()).append('\n');
    }
    sb.append("Assumptions\n");
    for (String a : result.assumptions()) {
      sb.append("  - ").append(a).append('\n');
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<String> cells, int[] width, boolean align) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      line.append(c == 0 ? "" : "  ").append(align && numeric(cell) ? pad + cell : cell + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  static boolean numeric(String cell) {
    return cell.matches("-?[0-9]+(\\.[0-9]+)?");
  }
}
