package io.github.commissioningvfm.model.time;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.Decimals;
import java.time.LocalDate;
import java.time.Month;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code "2024/25"}.
 *
 * <p>{@link #parse(String)} accepts {@code "2024/25"}, {@code "2024-25"} and {@code "2024/2025"}
 * and refuses anything else (e.g. {@code "2024/26"}, {@code "FY24"}); {@code toString()} always
 * gives the {@code "2024/25"} form, so {@code parse(y.toString()).equals(y)}.
 *
 * @param startYear the calendar year in which the financial year starts (1 April), 1900 to 2998
 * @since 0.1.0
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  /** The earliest supported start year. */
  public static final int MIN_START_YEAR = 1900;
  /** The latest supported start year. */
  public static final int MAX_START_YEAR = 2998;

  /** One shared instance per supported year, so parsing and {@link #containing} allocate nothing. */
  private static final FinancialYear[] YEARS = new FinancialYear[MAX_START_YEAR - MIN_START_YEAR + 1];

  /**
   * Creates a financial year.
   *
   * @param startYear the calendar year of its 1 April
   */
  public FinancialYear {
    Args.inRange(startYear, MIN_START_YEAR, MAX_START_YEAR, "startYear");
  }

  /**
   * The financial year starting on 1 April of the given calendar year.
   *
   * @param startYear the calendar year of its 1 April
   * @return the financial year
   */
  public static FinancialYear ofStartYear(int startYear) {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      return new FinancialYear(startYear);
    }
    FinancialYear year = YEARS[startYear - MIN_START_YEAR];
    if (year == null) {
      year = new FinancialYear(startYear);
      YEARS[startYear - MIN_START_YEAR] = year;
    }
    return year;
  }

  /**
   * The financial year that contains a date.
   *
   * @param date the date
   * @return the financial year containing it
   */
  public static FinancialYear containing(LocalDate date) {
    Args.notNull(date, "date");
    return ofStartYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Parses {@code "2024/25"}, {@code "2024-25"} or {@code "2024/2025"}.
   *
   * @param text the text
   * @return the financial year
   * @throws IllegalArgumentException naming the text if it is not a financial year
   */
  public static FinancialYear parse(String text) {
    Args.notNull(text, "text");
    // the form [0-9]{4}[/-]([0-9]{2}|[0-9]{4}), checked by hand: no regular expression per call
    int n = text.length();
    int start = (n == 7 || n == 9) && (text.charAt(4) == '/' || text.charAt(4) == '-') ? digits(text, 0, 4) : -1;
    int end = start < 0 ? -1 : digits(text, 5, n);
    if (end < 0) {
      throw new IllegalArgumentException("Argument 'text' is not a financial year: '" + Decimals.cut(text)
          + "'; expected the form '2024/25'");
    }
    boolean consecutive = n == 7 ? end == (start + 1) % 100 : end == start + 1;
    if (!consecutive) {
      throw new IllegalArgumentException("Argument 'text' is not a financial year: '" + Decimals.cut(text)
          + "'; the second year must follow the first, e.g. '" + start + "/"
          + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100) + "'");
    }
    if (start < MIN_START_YEAR || start > MAX_START_YEAR) {
      throw new IllegalArgumentException("Argument 'text' is outside the supported financial years "
          + MIN_START_YEAR + "/" + String.format(java.util.Locale.ROOT, "%02d", (MIN_START_YEAR + 1) % 100)
          + " to " + MAX_START_YEAR + "/" + String.format(java.util.Locale.ROOT, "%02d", (MAX_START_YEAR + 1) % 100)
          + ": '" + Decimals.cut(text) + "'");
    }
    return ofStartYear(start);
  }

  /** The value of the ASCII digits {@code text[from, to)}, or -1 if any is not one. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The first day, 1 April.
   *
   * @return 1 April of the start year
   */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * The last day, 31 March.
   *
   * @return 31 March of the following calendar year
   */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * The calendar year in which this financial year ends.
   *
   * @return the start year plus one
   */
  public int endYear() {
    return startYear + 1;
  }

  /**
   * Whether a date falls in this financial year.
   *
   * @param date the date
   * @return true if 1 April &lt;= date &lt;= 31 March
   */
  public boolean contains(LocalDate date) {
    Args.notNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * The following financial year.
   *
   * @return the next year
   */
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * The preceding financial year.
   *
   * @return the previous year
   */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * The financial year a number of years later (earlier if negative).
   *
   * @param years the number of years
   * @return the shifted year
   */
  public FinancialYear plusYears(int years) {
    return new FinancialYear(Math.addExact(startYear, years));
  }

  /**
   * The number of years from this one to another: {@code "2022/23".yearsUntil("2024/25") == 2}.
   *
   * @param other the other year
   * @return other's start year minus this start year
   */
  public int yearsUntil(FinancialYear other) {
    Args.notNull(other, "other");
    return other.startYear - startYear;
  }

  /**
   * The inclusive range from this year to another.
   *
   * @param last the last year; not before this one
   * @return the range
   */
  public FinancialYearRange to(FinancialYear last) {
    return FinancialYearRange.of(this, last);
  }

  /**
   * The quarter of this year containing a date.
   *
   * @param date a date in this year
   * @return its quarter
   */
  public FinancialQuarter quarterOf(LocalDate date) {
    Args.check(contains(date), "date", "fall in financial year " + this, date);
    return FinancialQuarter.containing(date);
  }

  /**
   * The given quarter of this year.
   *
   * @param quarter 1 (April to June) to 4 (January to March)
   * @return the quarter
   */
  public FinancialQuarter quarter(int quarter) {
    return new FinancialQuarter(this, quarter);
  }

  /**
   * Whether this year is before another.
   *
   * @param other the other year
   * @return true if this starts earlier
   */
  public boolean isBefore(FinancialYear other) {
    return compareTo(other) < 0;
  }

  /**
   * Whether this year is after another.
   *
   * @param other the other year
   * @return true if this starts later
   */
  public boolean isAfter(FinancialYear other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /**
   * The form {@code "2024/25"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    int next = (startYear + 1) % 100;
    return startYear + (next < 10 ? "/0" : "/") + next;
  }
}
