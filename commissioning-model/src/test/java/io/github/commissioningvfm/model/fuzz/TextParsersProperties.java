package io.github.commissioningvfm.model.fuzz;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzing of every text parser of money, cost, year and rate, and of the CSV reader: for any
 * generated text each parser either returns a value that prints and parses back, or throws one of
 * its documented exceptions ({@link IllegalArgumentException}; {@link ArithmeticException} for an
 * amount beyond {@link Money#MAX_ABSOLUTE}). {@value #DEFAULT_EXAMPLES} inputs each by default;
 * the {@code fuzz} Maven profile sets {@code -Dfuzz.examples=10000}.
 */
class TextParsersProperties {

  static final int DEFAULT_EXAMPLES = 500;
  private static final int EXAMPLES = Integer.getInteger("fuzz.examples", DEFAULT_EXAMPLES);
  /** Fragments that the parsers treat specially, so that generated text often comes close. */
  private static final List<String> FRAGMENTS = List.of("0", "1", "9", "12", "2024", "/", "-", "+", ".", ",", "%",
      "e", "E", "GBP ", "\u00a3", " ", "Q", "..", "25", "999999999999999", "\"", "\n", "\r", "\uFEFF", "x", "e999999999");

  private static Gen<String> texts() {
    return lists().of(integers().between(0, FRAGMENTS.size() - 1)).ofSizeBetween(0, 12).map(picks -> {
      StringBuilder s = new StringBuilder();
      picks.forEach(i -> s.append(FRAGMENTS.get(i)));
      return s.toString();
    });
  }

  private static <T> boolean onlyDocumented(String text, Function<String, T> parse, Function<T, String> print) {
    T value;
    try {
      value = parse.apply(text);
    } catch (IllegalArgumentException | ArithmeticException e) {
      if (e.getMessage() == null || e.getMessage().length() > 600) {
        throw new AssertionError("message missing or echoing too much for '" + text + "': " + e.getMessage());
      }
      return true;
    }
    return value.equals(parse.apply(print.apply(value)));
  }

  @Test
  void moneyParsers() {
    qt().withExamples(EXAMPLES).forAll(texts()).check(t -> onlyDocumented(t, Money::parse, Money::toString)
        && onlyDocumented(t, Money::of, m -> m.amount().toPlainString())
        && onlyDocumented(t, BigMoney::of, m -> m.amount().toPlainString()));
  }

  @Test
  void costParser() {
    qt().withExamples(EXAMPLES).forAll(texts(), texts()).check((a, y) -> {
      try {
        Cost c = Cost.of(a, y);
        return c.equals(Cost.of(c.amount().amount().toPlainString(), c.priceBase().toString()));
      } catch (IllegalArgumentException e) {
        return e.getMessage() != null;
      }
    });
  }

  @Test
  void yearParsers() {
    qt().withExamples(EXAMPLES).forAll(texts()).check(t -> onlyDocumented(t, FinancialYear::parse,
        FinancialYear::toString) && onlyDocumented(t, FinancialQuarter::parse, FinancialQuarter::toString)
        && onlyDocumented(t, FinancialYearRange::parse, FinancialYearRange::toString));
  }

  @Test
  void rateParsers() {
    qt().withExamples(EXAMPLES).forAll(texts()).check(t -> onlyDocumented(t, Percentage::parse, Percentage::toString)
        && onlyDocumented(t, Proportion::parse, Proportion::toString)
        && onlyDocumented(t, DiscountRate::parse, DiscountRate::toString)
        && onlyDocumented(t, InflationRate::parse, InflationRate::toString)
        && onlyDocumented(t, Percentage::ofPercent, p -> p.percent().toPlainString()));
  }

  @Test
  void csvReaderThrowsOnlyItsOwnExceptionAndCountsEveryRecord() {
    qt().withExamples(EXAMPLES).forAll(texts(), integers().between(0, 1)).check((t, d) -> {
      CsvReader.Dialect dialect = CsvReader.Dialect.values()[d];
      List<CsvReader.Record> records;
      try {
        records = CsvReader.read(t, "fuzz.csv", dialect);
      } catch (InputFormatException e) {
        return e.file().equals("fuzz.csv") && e.line() >= 1 && e.value().length() <= 120;
      }
      int previous = 0;
      for (CsvReader.Record r : records) {
        if (r.line() <= previous) {
          return false;
        }
        previous = r.line();
      }
      return true;
    });
  }

  @Test
  void csvRecordsWrittenWithQuotesReadBackInBothDialects() {
    Gen<List<List<String>>> tables = lists().of(lists().of(texts()).ofSizeBetween(1, 4)).ofSizeBetween(1, 4);
    qt().withExamples(EXAMPLES).forAll(tables, integers().between(0, 1)).check((rows, d) -> {
      StringBuilder csv = new StringBuilder();
      List<List<String>> expected = new ArrayList<>();
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>();
        for (String cell : row) {
          cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
        }
        csv.append(String.join(",", cells)).append("\r\n");
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
          // a record that is one empty field is a blank line, which both dialects skip
          expected.add(row.stream().map(c -> c.replace("\r\n", "\n")).toList());
        }
      }
      List<List<String>> read = CsvReader.read(csv.toString(), "f.csv", CsvReader.Dialect.values()[d]).stream()
          .map(CsvReader.Record::fields).toList();
      return read.equals(expected);
    });
  }
}
