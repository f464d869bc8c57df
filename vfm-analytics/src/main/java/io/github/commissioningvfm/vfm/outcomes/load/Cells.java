package io.github.commissioningvfm.vfm.outcomes.load;

import java.time.DateTimeException;
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
  public static final int EXCEL_MAX_SERIAL = 2_958_465;

  private static final Set<String> NOT_AVAILABLE = Set.of("n/a", "na", "n.a.", "null", "none", "-", "nan");
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
   * Issue code for a trimmed numeric cell: 0 when the text is a plain decimal number
   * ({@code [+-]?digits[.digits]}), otherwise {@code issue.ordinal() + 1}.
   *
   * @param s the trimmed text
   * @return the code
   */
  public static int numberCode(String s) {
    int n = s.length();
    if (n == 0) {
      return CellIssue.BLANK.ordinal() + 1;
    }
    char c0 = s.charAt(0);
    if (c0 == '#') {
      return CellIssue.SPREADSHEET_ERROR.ordinal() + 1;
    }
    int i = (c0 == '+' || c0 == '-') ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    boolean comma = false;
    boolean other = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c == ',') {
        comma = true;
      } else {
        other = true;
      }
    }
    if (!other && !comma && digits > 0 && s.charAt(n - 1) != '.') {
      return 0;
    }
    if (!other && comma && digits > 0) {
      return CellIssue.THOUSANDS_SEPARATOR.ordinal() + 1;
    }
    if (NOT_AVAILABLE.contains(s.toLowerCase(Locale.ROOT))) {
      return CellIssue.NOT_AVAILABLE.ordinal() + 1;
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
    if (TEXT_NOT_AVAILABLE.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Optional.of(CellIssue.NOT_AVAILABLE);
    }
    if (trimmed.charAt(0) == '#') {
      return Optional.of(CellIssue.SPREADSHEET_ERROR);
    }
    return Optional.empty();
  }

  /**
   * Parses a trimmed date cell: ISO {@code yyyy-mm-dd}, {@code dd/mm/yyyy} (day first, as in UK
   * spreadsheets) or an Excel serial day number ({@link #EXCEL_EPOCH} plus that many days).
   *
   * @param s the trimmed text
   * @return the date, or empty if the text is none of these
   */
  public static Optional<LocalDate> parseDate(String s) {
    try {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return Optional.of(LocalDate.of(intOf(s, 0, 4), intOf(s, 5, 7), intOf(s, 8, 10)));
      }
      int slash1 = s.indexOf('/');
      int slash2 = slash1 < 0 ? -1 : s.indexOf('/', slash1 + 1);
      if (slash1 > 0 && slash2 > slash1 && s.length() - slash2 - 1 == 4) {
        return Optional.of(LocalDate.of(intOf(s, slash2 + 1, s.length()), intOf(s, slash1 + 1, slash2),
            intOf(s, 0, slash1)));
      }
      if (numberCode(s) == 0 && s.indexOf('.') < 0 && s.charAt(0) != '-' && s.charAt(0) != '+') {
        long serial = Long.parseLong(s);
        if (serial >= 1 && serial <= EXCEL_MAX_SERIAL) {
          return Optional.of(EXCEL_EPOCH.plusDays(serial));
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int intOf(String s, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      throw new NumberFormatException(s);
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
