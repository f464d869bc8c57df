package io.github.commissioningvfm.vfm.outcomes.load;

import java.util.Optional;

/**
 * A data file that cannot be analysed at all (no rows, a missing required column, a header that
 * cannot be read), naming the file, row, column and value.
 *
 * @since 0.1.0
 */
public final class OutcomeDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String file;
  /** The 1-based line number, 0 when the fault concerns the whole file. */
  private final long row;
  /** The column, if the fault concerns one. */
  private final String column;
  /** The offending value, if any. */
  private final String value;

  /**
   * Creates the exception.
   *
   * @param file the file or source name
   * @param row the 1-based line number, or 0 for the whole file
   * @param column the column, or empty text when none
   * @param value the offending value, or empty text when none
   * @param problem what is wrong
   */
  public OutcomeDataException(String file, long row, String column, String value, String problem) {
    super(describe(file, row, column, value, problem));
    this.file = file;
    this.row = row;
    this.column = column;
    this.value = value;
  }

  private static String describe(String file, long row, String column, String value, String problem) {
    StringBuilder sb = new StringBuilder("File '").append(file).append('\'');
    if (row > 0) {
      sb.append(", row ").append(row);
    }
    if (!column.isEmpty()) {
      sb.append(", column '").append(column).append('\'');
    }
    if (!value.isEmpty()) {
      sb.append(", value '").append(value).append('\'');
    }
    return sb.append(": ").append(problem).toString();
  }

  /**
   * The file or source name.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line number, 0 when the fault concerns the whole file.
   *
   * @return the row
   */
  public long row() {
    return row;
  }

  /**
   * The column concerned.
   *
   * @return the column, if any
   */
  public Optional<String> column() {
    return column.isEmpty() ? Optional.empty() : Optional.of(column);
  }

  /**
   * The offending value.
   *
   * @return the value, if any
   */
  public Optional<String> value() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
