package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.io.InputFormatException;

/**
 * A data file that cannot be analysed at all (no rows, a header that cannot be read), naming the
 * file, line, column and value. It is an {@link InputFormatException}, the library's one exception
 * for unreadable input: the participant and contact loaders also throw the shared I/O layer's
 * {@link InputFormatException} for bad encoding, broken quotes and duplicate, blank or missing
 * headers, so catch {@link InputFormatException} to handle every unreadable file.
 *
 * <p>Message form, as for every {@link InputFormatException}:
 * {@code <file>, line <n>, column '<column>': <problem>: '<value>'}; line 0 and column
 * {@code (file)} when the fault concerns the whole file.
 *
 * @since 0.1.0
 */
public final class OutcomeDataException extends InputFormatException {

  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param file the file or source name
   * @param line the 1-based line number, or 0 for the whole file
   * @param column the column, or {@code (file)} / {@code (row)} for a whole-file or whole-row fault
   * @param value the offending value (cut to {@value InputFormatException#MAX_VALUE_LENGTH} characters)
   * @param problem what is wrong
   */
  public OutcomeDataException(String file, int line, String column, String value, String problem) {
    super(file, line, column, value, problem);
  }
}
