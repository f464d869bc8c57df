package io.github.commissioningvfm.unitcosts.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any table written with RFC 4180 quoting reads back field for field, on the right lines. */
class CsvParserProperties {

  private static final String ALPHABET = "ab,\"\n \u00e9";

  private static String field(List<Integer> picks) {
    StringBuilder s = new StringBuilder();
    for (int p : picks) {
      s.append(ALPHABET.charAt(p));
    }
    return s.toString();
  }

  private static String quote(String f) {
    return f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 ? f : "\"" + f.replace("\"", "\"\"") + "\"";
  }

  @Test
  void quotedFieldsReadBack() {
    qt().forAll(lists().of(lists().of(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(1, 6))
        .ofSizeBetween(2, 4)).ofSizeBetween(1, 5)).checkAssert(table -> {
          StringBuilder text = new StringBuilder();
          List<List<String>> expected = new ArrayList<>();
          List<Integer> lines = new ArrayList<>();
          int line = 1;
          for (List<List<Integer>> row : table) {
            List<String> fields = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (List<Integer> picks : row) {
              String f = field(picks);
              fields.add(f);
              written.add(quote(f));
            }
            expected.add(fields);
            lines.add(line);
            String joined = String.join(",", written);
            line += joined.chars().filter(c -> c == '\n').count() + 1;
            text.append(joined).append('\n');
          }
          List<CsvParser.Record> records = CsvParser.parse(text.toString(), "p.csv", false);
          List<List<String>> actual = records.stream().map(CsvParser.Record::fields).toList();
          List<Integer> actualLines = records.stream().map(CsvParser.Record::line).toList();
          if (!actual.equals(expected) || !actualLines.equals(lines)) {
            throw new AssertionError(text + " read as " + actual + " on lines " + actualLines);
          }
        });
  }
}
