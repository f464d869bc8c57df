package io.github.commissioningvfm.unitcosts.internal;

import java.util.List;

/**
 * Renders rows of text as a fixed-width grid with a title, a header and a rule, columns padded to
 * their widest cell; columns listed as right-aligned (numbers) are padded on the left.
 */
public final class TextGrid {

  private TextGrid() {
  }

  /**
   * Renders a grid.
   *
   * @param title the line above the grid
   * @param header the column names
   * @param rightAligned for each column, whether it is right-aligned
   * @param rows the cells, one list per row, as many cells as header names
   * @return the grid, lines ending in '\n'
   */
  public static String render(String title, List<String> header, List<Boolean> rightAligned,
      List<List<String>> rows) {
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder(title).append('\n');
    line(sb, header, width, rightAligned);
    for (int c = 0; c < width.length; c++) {
      sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
    }
    sb.append('\n');
    rows.forEach(row -> line(sb, row, width, rightAligned));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width, List<Boolean> rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      line.append(c == 0 ? "" : " | ").append(rightAligned.get(c) ? pad + cell : cell + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
