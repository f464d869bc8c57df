package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.internal.io.CsvReader.Dialect;
import io.github.commissioningvfm.model.internal.io.CsvReader.Record;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<Record> read(String text, Dialect dialect) {
    return CsvReader.read(text, "f.csv", dialect);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void bothDialectsAcceptABomAndCrlf(Dialect dialect) {
    List<Record> r = read("\uFEFFa,b\r\n1,\"x\r\ny\"\r\n\r\n2,3\r\n", dialect);
    assertEquals(List.of(new Record(1, List.of("a", "b")), new Record(2, List.of("1", "x\ny")),
        new Record(5, List.of("2", "3"))), r);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void quotedFieldsHoldCommasAndDoubledQuotes(Dialect dialect) {
    assertEquals(List.of(new Record(1, List.of("a,b", "say \"hi\"", ""))), read("\"a,b\",\"say \"\"hi\"\"\",", dialect));
  }

  @Test
  void aStrayQuoteIsAnErrorInStrictAndALiteralInLenient() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> read("id,n\nab\"c,1\nd,2\n",
        Dialect.STRICT));
    assertEquals("f.csv, line 2, column '1': quote inside an unquoted field; put the whole field in quotes and "
        + "double the quote: 'ab\"'", e.getMessage());
    // the quote does not open a quoted field: the next line stays a record of its own
    assertEquals(List.of(new Record(1, List.of("id", "n")), new Record(2, List.of("ab\"c", "1")),
        new Record(3, List.of("d", "2"))), read("id,n\nab\"c,1\nd,2\n", Dialect.LENIENT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "STRICT|a\rb|f.csv, line 1, column '1': carriage return that does not end a line: 'a\\r'",
      "STRICT|\"a\"b|f.csv, line 1, column '1': text after a closing quote; put the whole field in quotes and double any quote inside it: 'ab'",
      "LENIENT|\"a\"b|f.csv, line 1, column '1': text after a closing quote; put the whole field in quotes and double any quote inside it: 'ab'"})
  void structuralErrorsNameLineAndColumn(Dialect dialect, String text, String message) {
    assertEquals(message, assertThrows(InputFormatException.class, () -> read(text, dialect)).getMessage());
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpened() {
    assertEquals("f.csv, line 2, column '1': quoted field is not closed: 'open,1\n2'", assertThrows(
        InputFormatException.class, () -> read("x\n\"open,1\n2", Dialect.STRICT)).getMessage());
    assertEquals("f.csv, line 1, column '2': quoted field is not closed: 'open'", assertThrows(
        InputFormatException.class, () -> read("x,\"open", Dialect.LENIENT)).getMessage());
  }

  @Test
  void aLoneCarriageReturnEndsALineInLenient() {
    assertEquals(List.of(new Record(1, List.of("a")), new Record(2, List.of("b"))), read("a\rb", Dialect.LENIENT));
  }

  @Test
  void notUtf8IsReportedAtItsTrueLineAndByte() {
    byte[] bytes = ("a,b\n" + "x".repeat(9000) + "\n\u00e9,1\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, latin1, 0, bytes.length);
    latin1[bytes.length] = 'c';
    latin1[bytes.length + 1] = (byte) 0xA3;
    latin1[bytes.length + 2] = '\n';
    InputFormatException e = assertThrows(InputFormatException.class, () -> CsvReader.read(latin1, "f.csv",
        Dialect.LENIENT));
    assertEquals("f.csv, line 4, column '(encoding)': not UTF-8 (byte 0xA3 at byte offset " + (bytes.length + 1)
        + ", byte 2 of the line); save the file as UTF-8, text before it: 'c'", e.getMessage());
    assertEquals(4, e.line());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"FE,FF,0,61|UTF-16 BE", "FF,FE,61,0|UTF-16 LE", "0,0,FE,FF|UTF-32 BE"})
  void aUtf16OrUtf32BomIsRefusedSayingSo(String hex, String name) {
    String[] parts = hex.split(",");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    InputFormatException e = assertThrows(InputFormatException.class, () -> Utf8.decode(b, "f.csv"));
    assertEquals("f.csv, line 1, column '(encoding)': starts with a " + name.substring(0, 6)
        + " byte order mark; save the file as UTF-8: '" + name + "'", e.getMessage());
  }
}
