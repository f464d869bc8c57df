package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactCsvInputTest {

  static ContactRecords read(String text) {
    return ContactRecords.readCsv(new StringReader(text), "contacts.csv", "contact_date", "alternative",
        Optional.empty());
  }

  static ContactRecords readBytes(byte[] bytes) throws Exception {
    Path file = Files.createTempDirectory("contacts").resolve("contacts.csv");
    Files.write(file, bytes);
    return ContactRecords.readCsv(file, "contact_date", "alternative", Optional.empty());
  }

  @Test
  void duplicatedAlternativeHeaderIsRefusedNamingFileAndColumn() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> read("contact_date,alternative,alternative\n2024-05-01,GP,A&E\n"));
    assertEquals("contacts.csv, line 1, column '3': column appears twice in the header (first as column 2): "
        + "'alternative'", e.getMessage());
  }

  @Test
  void quoteInsideAnUnquotedFieldStaysInItsRowAndEveryRowIsCounted() {
    ContactRecords c = read("contact_date,alternative\n2024-05-01,GP 5\" wait\n2024-05-02,A&E\n#N/A,GP\n");
    assertEquals(3, c.report().rowsRead());
    assertEquals(2, c.report().included());
    assertEquals("GP 5\" wait", c.contacts().get(0).alternative());
    assertEquals(c.report().rowsRead(), c.report().included() + c.report().excluded());
  }

  @Test
  void byteThatIsNotUtf8IsReportedAtItsTrueLine() throws Exception {
    byte[] bytes = "contact_date,alternative\n2024-05-01,GP\n2024-05-02,A\u00a3E\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    InputFormatException e = assertThrows(InputFormatException.class, () -> readBytes(bytes));
    assertEquals("contacts.csv, line 3, column '(encoding)': not UTF-8 (byte 0xA3 at byte offset 51, byte 13 of "
        + "the line); save the file as UTF-8, text before it: '2024-05-02,A'", e.getMessage());
  }

  @Test
  void utf16ByteOrderMarkIsRefusedAndUtf8BomWithCrlfIsRead() throws Exception {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> readBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}));
    assertEquals("contacts.csv, line 1, column '(encoding)': starts with a UTF-16 byte order mark; save the file "
        + "as UTF-8: 'UTF-16 BE'", e.getMessage());
    ContactRecords c = readBytes("\uFEFFcontact_date,alternative\r\n2024-05-01,GP\r\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, c.report().included());
    assertEquals("GP", c.contacts().get(0).alternative());
  }

  @Test
  void missingColumnAndHeaderOnlyFileAreRefusedNamingTheFile() {
    InputFormatException missing = assertThrows(InputFormatException.class,
        () -> read("contact_date,answer\n2024-05-01,GP\n"));
    assertEquals("contacts.csv, line 1, column 'alternative': required column is missing from the header: "
        + "'contact_date,answer'", missing.getMessage());
    InputFormatException empty = assertThrows(InputFormatException.class,
        () -> read("contact_date,alternative\r\n"));
    assertEquals("contacts.csv, line 0, column '(file)': the file has a header but no data rows: ''",
        empty.getMessage());
    InputFormatException blank = assertThrows(InputFormatException.class,
        () -> read("contact_date,,alternative\n2024-05-01,x,GP\n"));
    assertEquals("contacts.csv, line 1, column '2': blank column name in the header: 'contact_date,,alternative'",
        blank.getMessage());
  }
}
