package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Excel's 1900 date system (Microsoft, "Differences between the 1900 and the 1904 date system
      // in Excel"): serial 1 is 1 January 1900, 59 is 28 February 1900, 61 is 1 March 1900.
      "1|1900-01-01", "59|1900-02-28", "61|1900-03-01", "45383|2024-04-01", "2958465|9999-12-31",
      "2024-04-01|2024-04-01", "01/04/2024|2024-04-01", "1/4/2024|2024-04-01", "29/02/2024|2024-02-29"})
  void datesInEveryAcceptedForm(String text, String iso) {
    assertEquals(LocalDate.parse(iso), Cells.date(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "60|is Excel serial 60, Excel's 29 February 1900, a day that did not exist (Excel's 1900 leap-year bug)",
      "0|is not an Excel serial date between 1 (1 January 1900) and 2958465 (31 December 9999)",
      "2958466|is not an Excel serial date between 1 (1 January 1900) and 2958465 (31 December 9999)",
      "45383.5|is not a date (expected 2024-04-01, 01/04/2024 or an Excel serial day)",
      "01/04/24|is not a date in the form dd/mm/yyyy (day first, four-digit year)",
      "30/02/2024|is not a calendar date (Invalid date 'FEBRUARY 30')",
      "2024-13-01|is not a calendar date (Invalid value for MonthOfYear (valid values 1 - 12): 13)",
      "2024/04/01|is not a date in the form dd/mm/yyyy (day first, four-digit year)",
      "''|is not a date (expected 2024-04-01, 01/04/2024 or an Excel serial day)",
      "#VALUE!|is not a date (expected 2024-04-01, 01/04/2024 or an Excel serial day)"})
  void badDatesAreRefusedWithTheReason(String text, String reason) {
    assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Cells.date(text)).getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"14,015|14015", "1,234,567.5|1234567.5", "-1,000|-1000", "999|999"})
  void groupedDecimals(String text, String value) {
    assertEquals(new BigDecimal(value), Cells.groupedDecimal(text, true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"12,34", "1,2345", ",123", "1234,567", "1,234.5,6", "1,,234"})
  void ambiguousGroupingIsRefusedNotMisread(String text) {
    assertEquals("has commas that are not thousands separators in groups of three (a decimal comma or a typo?); "
        + "write e.g. 1,234.56", assertThrows(IllegalArgumentException.class,
        () -> Cells.groupedDecimal(text, true)).getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-1|false|must not be negative", "1e5|true|is not a plain decimal number (digits, optional '.', no "
      + "separators or currency signs)", "£5|true|is not a plain decimal number (digits, optional '.', no separators "
      + "or currency signs)"})
  void badDecimals(String text, boolean signed, String reason) {
    assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Cells.decimal(text, signed))
        .getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"12.5|is not a whole number (it has a fraction)", "1e3|is not a whole number",
      "1234567890123456789|has more than 18 digits", "''|is not a whole number", "-|is not a whole number"})
  void badWholeNumbers(String text, String reason) {
    assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Cells.wholeNumber(text)).getMessage());
  }

  @Test
  void aCellNamesItsPlaceAndCutsTheValue() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> new Cell("c.csv", 7, "date", "x".repeat(150)).date());
    assertEquals("c.csv, line 7, column 'date': is not a date (expected 2024-04-01, 01/04/2024 or an Excel serial "
        + "day): '" + "x".repeat(100) + "...(150 chars)'", e.getMessage());
    assertEquals(List.of("c.csv", 7, "date"), List.of(e.file(), e.line(), e.column()));
    assertEquals(-12L, new Cell("c.csv", 1, "n", "-12").wholeNumber());
  }

  @Test
  void aHeaderRefusesBlankAndRepeatedNames() {
    CsvReader.Record twice = new CsvReader.Record(1, List.of("id", "sdq_final", "sdq_final"));
    assertEquals("h.csv, line 1, column '3': column appears twice in the header (first as column 2): 'sdq_final'",
        assertThrows(InputFormatException.class, () -> HeaderMap.of(twice, "h.csv", false)).getMessage());
    CsvReader.Record blank = new CsvReader.Record(1, List.of("id", " "));
    assertEquals("h.csv, line 1, column '2': blank column name in the header: 'id, '",
        assertThrows(InputFormatException.class, () -> HeaderMap.of(blank, "h.csv", true)).getMessage());
    HeaderMap h = HeaderMap.of(new CsvReader.Record(1, List.of(" id ", "n")), "h.csv", true);
    assertEquals("h.csv, line 2, column '(row)': expected 2 fields as in the header, found 1: 'x'",
        assertThrows(InputFormatException.class, () -> h.cells(new CsvReader.Record(2, List.of("x")))).getMessage());
    assertEquals("h.csv, line 1, column 'date': required column is missing from the header: 'id,n'",
        assertThrows(InputFormatException.class, () -> h.require("date")).getMessage());
  }
}
