package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.io.InputFormatException;

/**
 * Thrown when a table, index, manifest or NCC export cannot be read: a malformed row, a missing or
 * unknown column, a duplicate key, a negative or non-numeric value, an unknown unit, bad encoding
 * or a manifest entry of the wrong shape. The library's {@link InputFormatException} for
 * unit-cost data: the message and fields name the file, line, column and offending value (cut to
 * 100 characters). Nothing from a file that fails is loaded.
 *
 * @since 0.1.0
 */
public final class TableFormatException extends InputFormatException {

  private static final long serialVersionUID = 1L;

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
    super(file, line, column, value, problem);
  }
}
