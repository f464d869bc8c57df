package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.internal.io.CsvReader.Dialect;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

  /** A stream that hands out one byte per read, so every byte is a buffer boundary. */
  static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static CsvStream stream(String text) {
    return CsvStream.of(trickle(text.getBytes(StandardCharsets.UTF_8)), "f.csv", Dialect.LENIENT, 1 << 20);
  }

  @Test
  void selectedColumnsAreKeptAndOthersOnlyCounted() {
    CsvStream csv = stream("id,skip,\"n\"\r\n a ,\"x,\r\ny\",1.5\n\n\"b\"\"c\",,-2\nshort\n");
    assertTrue(csv.next());
    assertEquals(List.of("id", "skip", "n"), csv.record().fields());
    csv.select(2, 0);
    assertTrue(csv.next());
    assertEquals(2, csv.line());
    assertEquals(3, csv.width());
    assertEquals(" a ", csv.text(1));
    assertTrue(csv.parseSimpleDecimal(0));
    assertEquals(1.5, csv.decimal());
    assertTrue(csv.next());
    assertEquals(5, csv.line(), "the quoted line break and the blank line are counted");
    assertEquals("b\"c", csv.text(1));
    assertTrue(csv.parseSimpleDecimal(0));
    assertEquals(-2.0, csv.decimal());
    assertTrue(csv.next());
    assertEquals(1, csv.width());
    assertFalse(csv.next());
    assertEquals("only selected columns are kept", assertThrows(IllegalStateException.class, csv::record)
        .getMessage());
  }

  @Test
  void aColumnSelectedTwiceIsRefused() {
    assertEquals("Argument 'columns' must be distinct, but column 1 is selected twice", assertThrows(
        IllegalArgumentException.class, () -> stream("a,b\n").select(1, 0, 1)).getMessage());
  }

  @Test
  void repeatedValuesAreInternedAndParsedOncePerDistinctText() {
    CsvStream csv = stream("g,d\nfemale,2024\nmale,2025\nfemale,2024\nfemale,2024\n");
    csv.next();
    csv.select(0, 1);
    AtomicInteger parses = new AtomicInteger();
    List<String> genders = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    while (csv.next()) {
      genders.add(csv.interned(0));
      years.add(csv.cached(1, t -> {
        parses.incrementAndGet();
        return Integer.valueOf(t);
      }));
    }
    assertEquals(List.of("female", "male", "female", "female"), genders);
    assertSame(genders.get(0), genders.get(3));
    assertEquals(List.of(2024, 2025, 2024, 2024), years);
    assertEquals(2, parses.get());
  }

  @Test
  void theCacheStopsGrowingAtItsBoundAndStillAnswers() {
    StringBuilder text = new StringBuilder("v\n");
    for (int i = 0; i < CsvStream.MAX_DISTINCT + 10; i++) {
      text.append(i).append('\n');
    }
    text.append("7\n").append(CsvStream.MAX_DISTINCT + 5).append('\n');
    CsvStream csv = CsvStream.of(text.toString().getBytes(StandardCharsets.UTF_8), "f.csv", Dialect.STRICT);
    csv.next();
    csv.select(0);
    AtomicInteger parses = new AtomicInteger();
    long sum = 0;
    while (csv.next()) {
      sum += csv.cached(0, t -> {
        parses.incrementAndGet();
        return Long.valueOf(t);
      });
    }
    long n = CsvStream.MAX_DISTINCT + 10L;
    assertEquals(n * (n - 1) / 2 + 7 + CsvStream.MAX_DISTINCT + 5, sum);
    assertEquals(n + 1, parses.get(), "7 was cached; the value beyond the bound is parsed again");
  }

  @Test
  void simpleDecimalsAreReadFromBytesAndEverythingElseIsLeftToTheCaller() {
    CsvStream csv = stream("v\n0.1\n-0\n123456789012345\n1234567890123456\n1.\n.5\n+1\n 1\n1e3\n#VALUE!\n\n\"1,234\"\n"
        + "0.000000000000001\n0.00000000000001\n9.99999999999999\n");
    csv.next();
    csv.select(0);
    List<String> fast = new ArrayList<>();
    while (csv.next()) {
      if (csv.parseSimpleDecimal(0)) {
        fast.add(csv.text(0));
        assertEquals(Double.doubleToLongBits(Double.parseDouble(csv.text(0))), Double.doubleToLongBits(csv.decimal()),
            csv.text(0));
      }
    }
    assertEquals(List.of("0.1", "-0", "123456789012345", "0.00000000000001", "9.99999999999999"), fast);
  }

  @Test
  void aByteThatIsNotUtf8IsReportedAtItsTrueLineBeyondTheFirstBuffer() {
    StringBuilder text = new StringBuilder("name,n\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("row").append(i).append(",\"a\r\nb\"\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 8];
    System.arraycopy(good, 0, bytes, 0, good.length);
    byte[] tail = {'c', 'a', 'f', (byte) 0xE9, ',', '1', '\n', 'x'};
    System.arraycopy(tail, 0, bytes, good.length, tail.length);
    InputFormatException expected = assertThrows(InputFormatException.class, () -> Utf8.decode(bytes, "f.csv"));
    CsvStream csv = CsvStream.of(bytes, "f.csv", Dialect.STRICT);
    csv.next();
    csv.select(1);
    InputFormatException e = assertThrows(InputFormatException.class, () -> {
      while (csv.next()) {
        csv.text(0);
      }
    });
    assertEquals("f.csv, line 40002, column '(encoding)': not UTF-8 (byte 0xE9 at byte offset " + (good.length + 3)
        + ", byte 4 of the line); save the file as UTF-8, text before it: 'caf'", e.getMessage());
    assertEquals(expected.getMessage(), e.getMessage());
  }

  @Test
  void readerInputIsEncodedAsUtf8() {
    CsvStream csv = CsvStream.of(new StringReader("\uFEFFnom,prix\n\"Caf\u00e9, \u00e0 emporter\",\u00a33\n"), "f.csv",
        Dialect.STRICT, 1 << 20);
    csv.next();
    assertEquals(List.of("nom", "prix"), csv.record().fields());
    csv.next();
    assertEquals(List.of("Caf\u00e9, \u00e0 emporter", "\u00a33"), csv.record().fields());
  }

  @Test
  void inputBeyondTheCapIsRefused() {
    CsvStream csv = CsvStream.of(trickle("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8)), "f.csv",
        Dialect.STRICT, 9);
    assertTrue(csv.next());
    assertEquals("f.csv, line 0, column '(file)': is larger than the limit of 9 bytes: 'f.csv'",
        assertThrows(InputFormatException.class, () -> {
          while (csv.next()) {
            csv.record();
          }
        }).getMessage());
  }
}
