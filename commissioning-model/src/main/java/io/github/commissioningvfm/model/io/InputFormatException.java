package io.github.commissioningvfm.model.io;

/**
 * Thrown when a file cannot be read as the data it should hold: a byte that is not UTF-8, a
 * broken quote, a duplicate or blank header, a missing column, a value that is not a number, a
 * date or a key. The message and the fields name the file, the 1-based line, the column and the
 * offending value; the value is cut to {@value #MAX_VALUE_LENGTH} characters, so a huge or hostile
 * cell never floods a log. Nothing from a file that fails is loaded.
 *
 * <p>Message form: {@code <file>, line <n>, column '<column>': <problem>: '<value>'}.
 *
 * @since 0.1.0
 */
public class InputFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The most characters of the offending value kept in the message and in {@link #value()}. */
  public static final int MAX_VALUE_LENGTH = 100;

  private final String file;
  private final int line;
  private final String column;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file name or resource path
   * @param line the 1-based line number (0 when the problem concerns the whole file)
   * @param column the column name, or a description such as {@code "3"}, {@code "(row)"},
   *     {@code "(header)"} or {@code "(encoding)"} for structural errors
   * @param value the offending text as read; cut to {@value #MAX_VALUE_LENGTH} characters
   * @param problem what is wrong, e.g. "must not be negative"
   */
  public InputFormatException(String file, int line, String column, String value, String problem) {
    super(file + ", line " + line + ", column '" + column + "': " + problem + ": '" + cut(value) + "'");
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = cut(value);
    this.problem = problem;
  }

  /**
   * Text cut to {@value #MAX_VALUE_LENGTH} characters, marking how long it was.
   *
   * @param text the text; null is shown as {@code "null"}
   * @return the text, or its first characters followed by {@code "...(N chars)"}
   */
  public static String cut(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= MAX_VALUE_LENGTH ? text
        : text.substring(0, MAX_VALUE_LENGTH) + "...(" + text.length() + " chars)";
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
   * @return the 1-based line number, or 0 for the whole file
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
   * The offending value, cut to {@value #MAX_VALUE_LENGTH} characters.
   *
   * @return the text as read
   */
  public String value() {
    return value;
  }

  /**
   * What is wrong.
   *
   * @return the problem, without file, line, column or value
   */
  public String problem() {
    return problem;
  }
}
