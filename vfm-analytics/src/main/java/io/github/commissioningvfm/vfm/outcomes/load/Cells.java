package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Decimals;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies raw spreadsheet cells. All parsing is locale-independent ({@link Locale#ROOT}).
 *
 * @since 0.1.0
 */
public final class Cells {

  /** Day zero of Excel serial dates in the 1900 date system (serial 1 = 1900-01-01 after the leap-year quirk). */
  public static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Largest Excel serial date (9999-12-31). */
  public static final int EXCEL_MAX_SERIAL = io.github.commissioningvfm.model.internal.io.Cells.MAX_EXCEL_SERIAL;

  private static final Set<String> NOT_AVAILABLE = Set.of("n/a", "na", "n.a.", "null", "none", "-", "nan");
  /** The longest marker of either set, so longer text is never lower-cased to be looked up. */
  private static final int LONGEST_MARKER = 4;
  /** In a text cell "none" or "-" may be a real answer (e.g. "would have gone nowhere"), so fewer markers apply. */
  private static final Set<String> TEXT_NOT_AVAILABLE = Set.of("n/a", "na", "n.a.", "null");

  private Cells() {
  }

  /**
   * Classifies a trimmed cell that should hold a number.
   *
   * @param trimmed the cell text, already trimmed
   * @return the issue, or empty when the text is a plain decimal number
   */
  public static Optional<CellIssue> numberIssue(String trimmed) {
    int code = numberCode(trimmed);
    return code == 0 ? Optional.empty() : Optional.of(CellIssue.values()[code - 1]);
  }

  /**
   * Issue code for a trimmed numeric cell: 0 when the text is a plain decimal number as the
   * library's shared cell parser reads it (digits with an optional minus and point, at most
   * {@value io.github.commissioningvfm.model.internal.Decimals#MAX_DIGITS} digits), otherwise
   * {@code issue.ordinal() + 1}. Spreadsheet debris is classified before any parsing, so a debris
   * cell is never read as a number.
   *
   * @param s the trimmed text
   * @return the code
   */
  public static int numberCode(String s) {
    if (s.isEmpty()) {
      return CellIssue.BLANK.ordinal() + 1;
    }
    if (s.charAt(0) == '#') {
      return CellIssue.SPREADSHEET_ERROR.ordinal() + 1;
    }
    if (s.length() <= LONGEST_MARKER && NOT_AVAILABLE.contains(s.toLowerCase(Locale.ROOT))) {
      return CellIssue.NOT_AVAILABLE.ordinal() + 1;
    }
    if (Decimals.isPlain(s, true)) {
      return 0;
    }
    if (s.indexOf(',') >= 0 && Decimals.isPlain(s.replace(",", ""), true)) {
      return CellIssue.THOUSANDS_SEPARATOR.ordinal() + 1;
    }
    return CellIssue.NOT_A_NUMBER.ordinal() + 1;
  }

  /**
   * Whether a trimmed text cell (id, category, date, alternative) is missing or debris: blank,
   * one of {@code n/a}, {@code na}, {@code n.a.}, {@code null} (any case), or a spreadsheet error
   * code. Unlike a numeric cell, "none" and "-" are kept as text.
   *
   * @param trimmed the text
   * @return the issue, or empty if the cell holds something
   */
  public static Optional<CellIssue> missingIssue(String trimmed) {
    if (trimmed.isEmpty()) {
      return Optional.of(CellIssue.BLANK);
    }
    if (trimmed.length() <= LONGEST_MARKER && TEXT_NOT_AVAILABLE.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Optional.of(CellIssue.NOT_AVAILABLE);
    }
    if (trimmed.charAt(0) == '#') {
      return Optional.of(CellIssue.SPREADSHEET_ERROR);
    }
    return Optional.empty();
  }

  /**
   * Parses a trimmed date cell with the library's shared date parser: ISO {@code yyyy-mm-dd},
   * {@code dd/mm/yyyy} (day first, as in UK spreadsheets) or an Excel serial day number in Excel's
   * 1900 date system, including its leap-year quirk (serial 60, Excel's 29 February 1900, is not a
   * date; serials from 61 are {@link #EXCEL_EPOCH} plus that many days).
   *
   * @param s the trimmed text
   * @return the date, or empty if the text is none of these
   */
  public static Optional<LocalDate> parseDate(String s) {
    try {
      return Optional.of(io.github.commissioningvfm.model.internal.io.Cells.date(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
