package io.github.commissioningvfm.unitcosts;

/**
 * Thrown when a table or index file cannot be read as a valid table: a malformed row, a missing
 * or unknown column, a duplicate key, a negative or non-numeric value, an unknown unit, a byte
 * order mark or CRLF line ends where the format forbids them. The message names the file, line,
 * column and offending value. Nothing from a file that fails is loaded.
 *
 * @since 0.1.0
 */
public final class TableFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String column;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param file the file name or resource path
   * @param line the 1-based line number
   * @param column the column name, or a description such as "3" or "(row)" for structural errors
   * @param value the offending text, as read
   * @param problem what is wrong, e.g. "must not be negative"
   */
  public TableFormatException(String file, int line, String column, String value, String problem) {
    super(file + ", line " + line + ", column '" + column + "': " + problem + ": '" + value + "'");
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
  }

  /**
   * The file.
   *
   * @return the file name or resource path
   */
  public String file() {
    return file;
  }

  /**
   * The line.
   *
   * @return the 1-based line number
   */
  public int line() {
    return line;
  }

  /**
   * The column.
   *
   * @return the column name or position
   */
  public String column() {
    return column;
  }

  /**
   * The offending value.
   *
   * @return the text as read
   */
  public String value() {
    return value;
  }
}
