package io.github.commissioningvfm.vfm.report;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders results as plain-text tables. Figures are printed in their readable form (amounts as
 * {@code £1,234.57 (2024/25 prices)}, ratios to four significant figures, undefined figures as
 * {@code undefined: <reason>}) and right-aligned; text is left-aligned. Line breaks and other control
 * characters in names and titles are shown as {@code ⏎} or a space, so a name cannot forge rows.
 * Lines end with {@code \n} whatever the platform.
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
    List<String> headings = table.columns().stream().map(TextReport::oneLine).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      rows.add(row.stream().map(TextReport::text).toList());
    }
    int[] width = new int[n];
    for (int c = 0; c < n; c++) {
      width[c] = headings.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder(oneLine(table.title())).append('\n');
    appendRow(sb, headings, null, width);
    for (int c = 0; c < n; c++) {
      sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    sb.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      appendRow(sb, rows.get(r), table.rows().get(r), width);
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
    sb.append(oneLine(result.appraisalName())).append(" [").append(oneLine(result.strategyId())).append("]\n\n");
    for (ResultTable t : result.tables()) {
      sb.append(render(t)).append('\n');
    }
    sb.append("Sources\n");
    for (SourceReference s : result.sources()) {
      sb.append("  - ").append(s.kind()).append(": ").append(oneLine(s.description())).append('\n');
    }
    sb.append("Assumptions\n");
    for (String a : result.assumptions()) {
      sb.append("  - ").append(oneLine(a)).append('\n');
    }
    return sb.toString();
  }

  /**
   * A text on one line: CR, LF and the Unicode line and paragraph separators become {@code ⏎}, other
   * control characters a space.
   *
   * @param text the text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
        sb.append('\u23CE');
      } else {
        sb.append(Character.isISOControl(ch) ? ' ' : ch);
      }
    }
    return sb.toString();
  }

  private static String text(Cell cell) {
    return oneLine(cell.toString());
  }

  private static void appendRow(StringBuilder sb, List<String> cells, List<Cell> typed, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      boolean right = typed != null && !(typed.get(c) instanceof Cell.Text);
      line.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
