package io.github.commissioningvfm.model.time;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.Decimals;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year: Q1 April to June, Q2 July to September, Q3 October to December,
 * Q4 January to March. Written {@code "2024/25 Q3"}.
 *
 * @param year the financial year
 * @param quarter 1 to 4
 * @since 0.1.0
 */
public record FinancialQuarter(FinancialYear year, int quarter) implements Comparable<FinancialQuarter> {

  private static final Pattern FORM = Pattern.compile("(\\S+) Q([1-4])");

  /**
   * Creates a quarter.
   *
   * @param year the financial year
   * @param quarter 1 to 4
   */
  public FinancialQuarter {
    Args.notNull(year, "year");
    Args.inRange(quarter, 1, 4, "quarter");
  }

  /**
   * The quarter containing a date.
   *
   * @param date the date
   * @return its financial quarter
   */
  public static FinancialQuarter containing(LocalDate date) {
    FinancialYear year = FinancialYear.containing(date);
    int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April -> 0 ... March -> 11
    return new FinancialQuarter(year, monthsIntoYear / 3 + 1);
  }

  /**
   * Parses {@code "2024/25 Q3"}.
   *
   * @param text the text
   * @return the quarter
   */
  public static FinancialQuarter parse(String text) {
    Args.notNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("Argument 'text' is not a financial quarter: '" + Decimals.cut(text)
          + "'; expected the form '2024/25 Q3'");
    }
    return new FinancialQuarter(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The first day of the quarter.
   *
   * @return its first day
   */
  public LocalDate start() {
    return year.start().plusMonths(3L * (quarter - 1));
  }

  /**
   * The last day of the quarter.
   *
   * @return its last day
   */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /**
   * The following quarter.
   *
   * @return the next quarter, crossing into the next year after Q4
   */
  public FinancialQuarter next() {
    return quarter == 4 ? new FinancialQuarter(year.next(), 1) : new FinancialQuarter(year, quarter + 1);
  }

  @Override
  public int compareTo(FinancialQuarter other) {
    int byYear = year.compareTo(other.year);
    return byYear != 0 ? byYear : Integer.compare(quarter, other.quarter);
  }

  /**
   * The form {@code "2024/25 Q3"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return year + " Q" + quarter;
  }
}
