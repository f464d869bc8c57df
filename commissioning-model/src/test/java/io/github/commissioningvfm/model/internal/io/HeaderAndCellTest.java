package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.internal.io.CsvReader.Dialect;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header lookups and checks, a cell's typed readings, and text read through the UTF-8 encoder. */
class HeaderAndCellTest {

  private static final HeaderMap HEADER = HeaderMap.of(new CsvReader.Record(1, List.of("code", "name", "cost")),
      "costs.csv", true);

  @Test
  void theHeaderFindsItsColumnsAndMapsARow() {
    assertEquals(List.of("code", "name", "cost"), HEADER.names());
    assertEquals(2, HEADER.require("cost"));
    assertEquals(Optional.of(1), HEADER.find("name"));
    assertEquals(Optional.empty(), HEADER.find("year"));
    assertEquals(Map.of("code", "A1", "name", "clinic", "cost", "12.50"),
        HEADER.cells(new CsvReader.Record(2, List.of("A1", "clinic", "12.50"))));
    assertEquals(HEADER, HEADER.requireExactly(List.of("code", "cost"), List.of("name")));
    assertEquals(HEADER, HEADER.requireExactly(List.of("code", "name", "cost"), List.of()));
  }

  @Test
  void anUnknownOrMissingColumnIsNamed() {
    assertEquals("costs.csv, line 1, column '2': unknown column; expected code, cost: 'name'", assertThrows(
        InputFormatException.class, () -> HEADER.requireExactly(List.of("code", "cost"), List.of())).getMessage());
    assertEquals("costs.csv, line 1, column '3': unknown column; expected code, name and optionally year: 'cost'",
        assertThrows(InputFormatException.class,
            () -> HEADER.requireExactly(List.of("code", "name"), List.of("year"))).getMessage());
    assertEquals("costs.csv, line 1, column 'year': required column is missing from the header: 'code,name,cost'",
        assertThrows(InputFormatException.class,
            () -> HEADER.requireExactly(List.of("code", "name", "cost", "year"), List.of())).getMessage());
    assertEquals("costs.csv, line 4, column '(row)': expected 3 fields as in the header, found 2: 'A1,clinic'",
        assertThrows(InputFormatException.class,
            () -> HEADER.cells(new CsvReader.Record(4, List.of("A1", "clinic")))).getMessage());
  }

  @Test
  void aCellReadsItsTypedValueOrNamesWhereItFailed() {
    assertEquals(new BigDecimal("-12.50"), new Cell("f.csv", 3, "cost", "-12.50").decimal(true));
    assertEquals(new BigDecimal("1234.5"), new Cell("f.csv", 3, "cost", "1,234.5").groupedDecimal(false));
    assertEquals(LocalDate.of(2025, 4, 1), new Cell("f.csv", 3, "from", "2025-04-01").date());
    assertEquals(LocalDate.of(2025, 4, 1), Cells.isoDate("2025-04-01"));
    for (String bad : List.of("2025-4-01", "2025/04/01", "2025-04/01", "20250401")) {
      assertEquals("is not a date in the form yyyy-MM-dd",
          assertThrows(IllegalArgumentException.class, () -> Cells.isoDate(bad)).getMessage());
    }
  }

  @Test
  void textFromAReaderIsReadAsUtf8ByteByByteAndInBlocks() throws IOException {
    String text = "caf\u00e9,\u00a31\n";
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new Utf8EncodingStream(new StringReader(text))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0; b = in.read()) {
        out.write(b);
      }
      assertEquals(List.of(expected.length, -1), List.of(out.size(), in.read()));
      assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }
    try (InputStream in = new Utf8EncodingStream(new StringReader(text))) {
      byte[] buffer = new byte[64];
      assertEquals(0, in.read(buffer, 0, 0));
      assertEquals(expected.length, in.read(buffer, 0, 64));
      assertEquals(-1, in.read(buffer, 0, 64));
    }
    try (CsvStream csv = CsvStream.of(new StringReader("a,b\n1,2\n"), "r.csv", Dialect.STRICT, 1_000)) {
      csv.next();
      csv.next();
      assertEquals(List.of("1", "2"), csv.record().fields());
      assertEquals(1, csv.length(0));
    }
  }
}
