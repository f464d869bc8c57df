package io.github.commissioningvfm.model.internal.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.internal.io.CsvReader.Dialect;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The streaming reader gives the same records, or the same error, whether the bytes arrive whole
 * or one at a time, and reads exactly the simple decimals {@link Double#parseDouble} reads.
 */
class CsvStreamProperties {

  private static final int EXAMPLES = Integer.getInteger("fuzz.examples", 500);
  private static final List<String> FRAGMENTS = List.of("a", "1", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ",
      "\u00e9", "\u20ac", "\uD83D\uDE00", "x y", "-", ".");
  private static final byte[][] BAD_BYTES = {{(byte) 0xE9}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
      (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};

  private static Gen<byte[]> inputs() {
    return lists().of(integers().between(0, FRAGMENTS.size() + BAD_BYTES.length)).ofSizeBetween(0, 30).map(picks -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i : picks) {
        // mostly text; a bad byte sequence now and then
        byte[] b = i < FRAGMENTS.size() ? FRAGMENTS.get(i).getBytes(StandardCharsets.UTF_8)
            : i == FRAGMENTS.size() ? "b".getBytes(StandardCharsets.UTF_8) : BAD_BYTES[(i - FRAGMENTS.size() - 1)
            % BAD_BYTES.length];
        out.writeBytes(b);
      }
      return out.toByteArray();
    });
  }

  private static String outcome(CsvStream csv) {
    List<String> records = new ArrayList<>();
    try {
      while (csv.next()) {
        records.add(csv.line() + ":" + csv.record().fields());
      }
      return records.toString();
    } catch (InputFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void bytesOneAtATimeReadAsTheWholeInput() {
    for (Dialect d : Dialect.values()) {
      qt().withExamples(EXAMPLES).forAll(inputs()).check(bytes -> outcome(CsvStream.of(bytes, "f.csv", d)).equals(
          outcome(CsvStream.of(CsvStreamTest.trickle(bytes), "f.csv", d, Long.MAX_VALUE))));
    }
  }

  /** The lines, widths and chosen columns of every record, or the error, read without selecting. */
  private static String chosen(CsvStream csv, int... columns) {
    List<String> records = new ArrayList<>();
    try {
      while (csv.next()) {
        List<String> fields = csv.record().fields();
        StringBuilder r = new StringBuilder(csv.line() + "/" + fields.size() + ":");
        for (int c : columns) {
          r.append(c < fields.size() ? fields.get(c) : "(none)").append('|');
        }
        records.add(r.toString());
      }
      return records.toString();
    } catch (InputFormatException e) {
      return e.getMessage();
    }
  }

  /** The same, read with only those columns selected. */
  private static String selected(CsvStream csv, int... columns) {
    csv.select(columns);
    List<String> records = new ArrayList<>();
    try {
      while (csv.next()) {
        StringBuilder r = new StringBuilder(csv.line() + "/" + csv.width() + ":");
        for (int k = 0; k < columns.length; k++) {
          r.append(columns[k] < csv.width() ? csv.text(k) : "(none)").append('|');
        }
        records.add(r.toString());
      }
      return records.toString();
    } catch (InputFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void selectedColumnsReadAsWhenEveryFieldIsKept() {
    for (Dialect d : Dialect.values()) {
      for (int[] columns : new int[][] {{1}, {2, 0}, {}}) {
        qt().withExamples(EXAMPLES).forAll(inputs()).check(bytes -> chosen(CsvStream.of(bytes, "f.csv", d), columns)
            .equals(selected(CsvStream.of(CsvStreamTest.trickle(bytes), "f.csv", d, Long.MAX_VALUE), columns)));
      }
    }
  }

  @Test
  void anEncodingErrorIsReportedAsTheWholeFileDecoderReportsIt() {
    // text without quotes or carriage returns has no CSV error, so the first problem is the encoding
    qt().withExamples(EXAMPLES).forAll(inputs()).check(bytes -> {
      String outcome = outcome(CsvStream.of(CsvStreamTest.trickle(bytes), "f.csv", Dialect.STRICT, Long.MAX_VALUE));
      try {
        Utf8.decode(bytes, "f.csv");
        return !outcome.contains("not UTF-8");
      } catch (InputFormatException e) {
        return !outcome.contains("not UTF-8") || outcome.equals(e.getMessage());
      }
    });
  }

  @Test
  void simpleDecimalsMatchDoubleParseDouble() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 1), lists().of(integers().between(0, 9))
        .ofSizeBetween(1, 17), integers().between(-1, 17)).check((sign, digits, point) -> {
          StringBuilder s = new StringBuilder(sign == 1 ? "-" : "");
          for (int k = 0; k < digits.size(); k++) {
            if (k == point) {
              s.append('.');
            }
            s.append(digits.get(k));
          }
          CsvStream csv = CsvStream.of(s.toString().getBytes(StandardCharsets.UTF_8), "f.csv", Dialect.STRICT);
          csv.select(0);
          csv.next();
          boolean simple = point != 0 && digits.size() <= 15;
          if (!csv.parseSimpleDecimal(0)) {
            return !simple;
          }
          return simple && Double.doubleToLongBits(csv.decimal()) == Double.doubleToLongBits(Double.parseDouble(
              s.toString()));
        });
  }
}
