package io.github.commissioningvfm.model.time;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.Decimals;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * An inclusive run of consecutive financial years, such as an appraisal horizon or a contract's
 * years. Written {@code "2020/21..2024/25"}.
 *
 * @param first the first year
 * @param last the last year; not before {@code first}
 * @since 0.1.0
 */
public record FinancialYearRange(FinancialYear first, FinancialYear last) implements Iterable<FinancialYear> {

  /**
   * Creates a range.
   *
   * @param first the first year
   * @param last the last year
   */
  public FinancialYearRange {
    Args.notNull(first, "first");
    Args.notNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("Argument 'last' must not be before 'first' (" + first + "): " + last);
    }
  }

  /**
   * Creates a range.
   *
   * @param first the first year
   * @param last the last year
   * @return the range
   */
  public static FinancialYearRange of(FinancialYear first, FinancialYear last) {
    return new FinancialYearRange(first, last);
  }

  /**
   * A range of a given length.
   *
   * @param first the first year
   * @param years how many years, at least one
   * @return the range
   */
  public static FinancialYearRange ofLength(FinancialYear first, int years) {
    Args.positive(years, "years");
    return new FinancialYearRange(first, first.plusYears(years - 1));
  }

  /**
   * Parses {@code "2020/21..2024/25"}.
   *
   * @param text the text
   * @return the range
   */
  public static FinancialYearRange parse(String text) {
    Args.notNull(text, "text");
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("Argument 'text' is not a financial-year range: '" + Decimals.cut(text)
          + "'; expected the form '2020/21..2024/25'");
    }
    return new FinancialYearRange(FinancialYear.parse(text.substring(0, dots)),
        FinancialYear.parse(text.substring(dots + 2)));
  }

  /**
   * The number of years in the range.
   *
   * @return last minus first plus one
   */
  public int size() {
    return first.yearsUntil(last) + 1;
  }

  /**
   * Whether a year lies in the range.
   *
   * @param year the year
   * @return true if first &lt;= year &lt;= last
   */
  public boolean contains(FinancialYear year) {
    Args.notNull(year, "year");
    return !year.isBefore(first) && !year.isAfter(last);
  }

  /**
   * The zero-based position of a year in the range (0 for the first year).
   *
   * @param year a year in the range
   * @return its index
   */
  public int indexOf(FinancialYear year) {
    Args.check(contains(year), "year", "lie in " + this, year);
    return first.yearsUntil(year);
  }

  /**
   * The years, oldest first.
   *
   * @return an immutable list of the years
   */
  public List<FinancialYear> years() {
    List<FinancialYear> years = new ArrayList<>(size());
    for (FinancialYear y : this) {
      years.add(y);
    }
    return List.copyOf(years);
  }

  /**
   * The years as a stream, oldest first.
   *
   * @return the stream
   */
  public Stream<FinancialYear> stream() {
    return years().stream();
  }

  @Override
  public Iterator<FinancialYear> iterator() {
    return new Iterator<>() {
      private FinancialYear next = first;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public FinancialYear next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        FinancialYear current = next;
        next = current.equals(last) ? null : current.next();
        return current;
      }
    };
  }

  /**
   * The form {@code "2020/21..2024/25"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return first + ".." + last;
  }
}
