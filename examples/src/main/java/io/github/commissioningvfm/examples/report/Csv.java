package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 text: fields holding a comma, a double quote or a line
 * break are quoted, and quotes inside them are doubled. Lines end with CRLF as the RFC says.
 *
 * <p>Against CSV injection (OWASP, "CSV Injection"): a field that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading single quote and
 * quoted, so a spreadsheet shows it as text instead of running it as a formula. A field that is a
 * plain signed decimal number, such as {@code -12.5}, is left as it is: it cannot be a formula.
 */
public final class Csv {

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private Csv() {
  }

  /**
   * Formats a table as CSV text.
   *
   * @param header the column names
   * @param rows the rows, each with one field per column
   * @return the CSV text, header first
   */
  public static String format(List<String> header, List<List<String>> rows) {
    Args.notEmpty(header, "header");
    Args.noNullElements(rows, "rows");
    StringBuilder out = new StringBuilder();
    line(out, header);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      Args.check(row.size() == header.size(), "rows",
          "have " + header.size() + " fields per row (row " + (i + 1) + ")", row.size());
      line(out, row);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(Args.notNull(fields.get(i), "field")));
    }
    out.append("\r\n");
  }

  /**
   * Quotes one field if it needs quoting, and neutralises a field that a spreadsheet would read as a
   * formula.
   *
   * @param field the field
   * @return the field as it appears in CSV text
   */
  public static String quote(String field) {
    if (formulaLike(field)) {
      return "\"'" + field.replace("\"", "\"\"") + '"';
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static boolean formulaLike(String field) {
    if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0) {
      return false;
    }
    return !PLAIN_NUMBER.matcher(field).matches();
  }
}
