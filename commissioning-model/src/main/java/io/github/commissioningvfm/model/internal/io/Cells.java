package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.internal.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Classifiers for the text of one cell. Each returns the value or throws
 * {@link IllegalArgumentException} with a short reason ("is not a date ..."); {@link Cell} adds
 * the file, line and column.
 *
 * <ul>
 *   <li>{@link #decimal}: a plain decimal ({@code 1234.56}), through the library's bounded parser
 *       (at most {@value Decimals#MAX_DIGITS} digits);</li>
 *   <li>{@link #groupedDecimal}: the same, also with thousands separators grouped in threes
 *       ({@code 14,015.50}); an ambiguous grouping such as {@code 12,34} (a decimal comma or a typo)
 *       is refused, never read as 1234;</li>
 *   <li>{@link #wholeNumber}: digits with an optional minus, at most 18 digits;</li>
 *   <li>{@link #date}: ISO {@code 2024-04-01}, UK {@code 01/04/2024} (day first, one or two digits
 *       for day and month, four for the year) or an Excel serial day number.</li>
 * </ul>
 *
 * <p>Excel serials follow Excel's 1900 date system, including its leap-year quirk: Excel counts a
 * 29 February 1900 that never existed, as serial 60. Serials 1 to 59 are 1 January to 28 February
 * 1900, serials from 61 are {@code 1899-12-30 + serial} days (so 61 is 1 March 1900 and 45383 is
 * 1 April 2024), and 60 and 0 (Excel's "0 January 1900") are refused because no real date matches
 * them. A fraction (a time of day) is refused, as is any serial beyond 2958465 (31 December 9999).
 */
public final class Cells {

  /** The largest Excel serial day: 31 December 9999. */
  public static final int MAX_EXCEL_SERIAL = 2_958_465;
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate EXCEL_EPOCH_BEFORE_MARCH_1900 = LocalDate.of(1899, 12, 31);

  private Cells() {
  }

  /**
   * A plain decimal.
   *
   * @param text the cell
   * @param signed whether a leading minus is allowed
   * @return the value
   */
  public static BigDecimal decimal(String text, boolean signed) {
    if (!signed && text.startsWith("-") && Decimals.isPlain(text, true)) {
      throw new IllegalArgumentException("must not be negative");
    }
    if (!Decimals.isPlain(text, signed)) {
      throw new IllegalArgumentException(text.length() > Decimals.MAX_TEXT
          ? "has more than " + Decimals.MAX_DIGITS + " digits"
          : "is not a plain decimal number (digits, optional '.', no separators or currency signs)");
    }
    return new BigDecimal(text);
  }

  /**
   * A decimal that may carry thousands separators grouped in threes, e.g. {@code 14,015.5}.
   *
   * @param text the cell
   * @param signed whether a leading minus is allowed
   * @return the value
   */
  public static BigDecimal groupedDecimal(String text, boolean signed) {
    int comma = text.indexOf(',');
    if (comma < 0) {
      return decimal(text, signed);
    }
    int point = text.indexOf('.');
    int end = point < 0 ? text.length() : point;
    int start = text.startsWith("-") ? 1 : 0;
    if (comma == start || comma - start > 3 || text.lastIndexOf(',') > end) {
      throw ambiguous();
    }
    for (int i = comma; i < end; i += 4) {
      if (text.charAt(i) != ',' || i + 4 > end || (i + 4 < end && text.charAt(i + 4) != ',')) {
        throw ambiguous();
      }
    }
    return decimal(text.replace(",", ""), signed);
  }

  private static IllegalArgumentException ambiguous() {
    return new IllegalArgumentException("has commas that are not thousands separators in groups of three "
        + "(a decimal comma or a typo?); write e.g. 1,234.56");
  }

  /**
   * A whole number: an optional minus and at most 18 digits.
   *
   * @param text the cell
   * @return the value
   */
  public static long wholeNumber(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits == 0 || digits > 18) {
      throw new IllegalArgumentException(digits > 18 ? "has more than 18 digits" : "is not a whole number");
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new IllegalArgumentException(text.indexOf('.') >= 0 && Decimals.isPlain(text, true)
            ? "is not a whole number (it has a fraction)" : "is not a whole number");
      }
    }
    return Long.parseLong(text);
  }

  /**
   * A date in ISO form only, {@code yyyy-MM-dd} (four-digit year, two-digit month and day).
   *
   * @param text the cell
   * @return the date
   */
  public static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new IllegalArgumentException("is not a date in the form yyyy-MM-dd");
    }
    return calendar(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  /**
   * A date: ISO {@code yyyy-MM-dd}, UK {@code d/m/yyyy} or an Excel serial day number.
   *
   * @param text the cell
   * @return the date
   */
  public static LocalDate date(String text) {
    int n = text.length();
    if (n == 0 || n > 10) {
      throw notADate();
    }
    if (n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return calendar(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    int slash = text.indexOf('/');
    if (slash > 0) {
      int second = text.indexOf('/', slash + 1);
      if (second < 0 || n - second - 1 != 4 || slash > 2 || second - slash - 1 < 1 || second - slash - 1 > 2) {
        throw new IllegalArgumentException("is not a date in the form dd/mm/yyyy (day first, four-digit year)");
      }
      return calendar(digits(text, second + 1, n), digits(text, slash + 1, second), digits(text, 0, slash));
    }
    int serial = digits(text, 0, n);
    if (serial == 60) {
      throw new IllegalArgumentException("is Excel serial 60, Excel's 29 February 1900, a day that did not exist "
          + "(Excel's 1900 leap-year bug)");
    }
    if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
      throw new IllegalArgumentException("is not an Excel serial date between 1 (1 January 1900) and "
          + MAX_EXCEL_SERIAL + " (31 December 9999)");
    }
    return serial < 60 ? EXCEL_EPOCH_BEFORE_MARCH_1900.plusDays(serial) : EXCEL_EPOCH.plusDays(serial);
  }

  private static LocalDate calendar(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("is not a calendar date (" + e.getMessage() + ")");
    }
  }

  private static int digits(String text, int from, int to) {
    if (from >= to) {
      throw notADate();
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw notADate();
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException notADate() {
    return new IllegalArgumentException("is not a date (expected 2024-04-01, 01/04/2024 or an Excel serial day)");
  }
}
