package io.github.commissioningvfm.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV output is RFC 4180 and neutralises formula-like cells as OWASP's "CSV Injection" page describes. */
class CsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreWrittenAsText() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.quote("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+1+cmd|' /C calc'!A0\"", Csv.quote("+1+cmd|' /C calc'!A0"));
    assertEquals("\"'-2+3\"", Csv.quote("-2+3"));
    assertEquals("\"'@SUM(A1:A2)\"", Csv.quote("@SUM(A1:A2)"));
    assertEquals("\"'\tx\"", Csv.quote("\tx"));
    assertEquals("\"'\rx\"", Csv.quote("\rx"));
  }

  @Test
  void plainNumbersAndOrdinaryTextAreUnchanged() {
    assertEquals("-12.5", Csv.quote("-12.5"));
    assertEquals("+3", Csv.quote("+3"));
    assertEquals("A&E", Csv.quote("A&E"));
    assertEquals("\"a,b\"", Csv.quote("a,b"));
    assertEquals("name,value\r\n\"'=1+1\",-4\r\n", Csv.format(List.of("name", "value"), List.of(List.of("=1+1", "-4"))));
  }
}
