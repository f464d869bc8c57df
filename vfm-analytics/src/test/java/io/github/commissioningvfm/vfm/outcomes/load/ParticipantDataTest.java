package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantDataTest {

  static final ParticipantSchema SCHEMA = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").date("first_session_date").categories("gender", "pathway").build();

  static ParticipantData small() throws Exception {
    Path p = Path.of(ParticipantDataTest.class.getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv")
        .toURI());
    return ParticipantData.readCsv(p, SCHEMA);
  }

  @Test
  void readsEveryRowAndClassifiesDebris() throws Exception {
    ParticipantData d = small();
    assertEquals(14, d.size());
    assertEquals(2, d.line(0));
    assertEquals(20.0, d.baseline(0));
    // ' 25 ' is trimmed, and counted
    assertEquals(25.0, d.baseline(2));
    assertEquals(1, d.trimmedCells());
    assertEquals(Optional.of(CellIssue.BLANK), d.followUpIssue(3));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), d.baselineIssue(4));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), d.baselineIssue(7));
    assertEquals(Optional.of(CellIssue.THOUSANDS_SEPARATOR), d.baselineIssue(10));
    assertEquals(Optional.of("expected 8 fields but found 4"), d.malformed(11));
    assertEquals(List.of(new CellProblem(6, "sdq_initial", "#VALUE!", CellIssue.SPREADSHEET_ERROR)), d.problems(4));
  }

  @Test
  void readsUkIsoAndExcelSerialDates() throws Exception {
    ParticipantData d = small();
    assertEquals(Optional.of(LocalDate.of(2022, 5, 3)), d.date(0));
    assertEquals(Optional.of(LocalDate.of(2022, 5, 10)), d.date(1));
    // Excel serial 44700 = 1899-12-30 + 44700 days = 2022-05-19
    assertEquals(Optional.of(LocalDate.of(1899, 12, 30).plusDays(44700)), d.date(2));
    assertEquals(Optional.of(LocalDate.of(2022, 5, 19)), d.date(2));
    assertEquals(1, d.excelSerialDates());
  }

  @Test
  void categoriesKeepQuotedCommasAndLevelsInOrderOfAppearance() throws Exception {
    ParticipantData d = small();
    assertEquals(List.of("F", "M"), d.levels(0));
    assertEquals(List.of("Anxiety", "Anger", "Other"), d.levels(1));
  }

  @Test
  void cellClassification() {
    assertEquals(Optional.empty(), Cells.numberIssue("12.5"));
    assertEquals(Optional.empty(), Cells.numberIssue("-3"));
    assertEquals(Optional.of(CellIssue.BLANK), Cells.numberIssue(""));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), Cells.numberIssue("#DIV/0!"));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), Cells.numberIssue("#N/A"));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.numberIssue("N/A"));
    assertEquals(Optional.of(CellIssue.THOUSANDS_SEPARATOR), Cells.numberIssue("1,234"));
    assertEquals(Optional.of(CellIssue.NOT_A_NUMBER), Cells.numberIssue("12a"));
    assertEquals(Optional.of(CellIssue.NOT_A_NUMBER), Cells.numberIssue("1e5"));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.numberIssue("none"));
    assertEquals(Optional.empty(), Cells.missingIssue("None"));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.missingIssue("N/A"));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), Cells.missingIssue("#N/A"));
    assertEquals(Optional.empty(), Cells.parseDate("31/02/2022"));
    assertEquals(Optional.empty(), Cells.parseDate("Tuesday"));
  }

  static final ParticipantSchema PLAIN = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").build();
  static final String HEADER = "participant_id,sdq_initial,sdq_final,sessions_attended\n";

  static ParticipantData read(String text) {
    return ParticipantData.readCsv(new StringReader(text), "cyp.csv", PLAIN);
  }

  static ParticipantData readBytes(byte[] bytes) throws Exception {
    Path dir = Files.createTempDirectory("cyp");
    Path file = dir.resolve("cyp.csv");
    Files.write(file, bytes);
    return ParticipantData.readCsv(file, PLAIN);
  }

  @Test
  void missingColumnNamesFileRowAndColumn() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> ParticipantData.readCsv(
        new StringReader("participant_id,sdq_initial,sessions_attended\nP1,3,4\n"), "cyp.csv", PLAIN));
    assertEquals("cyp.csv, line 1, column 'sdq_final': required column is missing from the header: "
        + "'participant_id,sdq_initial,sessions_attended'", e.getMessage());
    assertEquals(1, e.line());
    assertEquals("sdq_final", e.column());
  }

  @Test
  void fileWithNoRowsIsRejected() {
    OutcomeDataException e = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader(HEADER + "\n"), "empty.csv", PLAIN));
    assertEquals("empty.csv, line 0, column '(file)': the file has a header but no data rows: ''", e.getMessage());
    OutcomeDataException none = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader(""), "blank.csv", SCHEMA));
    assertEquals("blank.csv, line 0, column '(file)': the file is empty: no header and no data rows: ''",
        none.getMessage());
  }

  @Test
  void unclosedQuoteIsReported() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> read(HEADER + "P1,\"3,4,5\n"));
    assertEquals("cyp.csv, line 2, column '2': quoted field is not closed: '3,4,5\n'", e.getMessage());
  }

  @Test
  void quoteInsideAnUnquotedFieldIsALiteralCharacterAndSwallowsNothing() {
    ParticipantData d = read(HEADER + "P1,1\"2,10,3\nP2,20,10,3\nP3,21,11,4\n");
    assertEquals(3, d.size());
    assertEquals(List.of("P1", "P2", "P3"), List.of(d.participantId(0), d.participantId(1), d.participantId(2)));
    assertEquals(List.of(new CellProblem(2, "sdq_initial", "1\"2", CellIssue.NOT_A_NUMBER)), d.problems(0));
    assertEquals(Optional.empty(), d.baselineIssue(1));
    assertEquals(4, d.line(2));
    // every row read is either usable or carries its reason: 2 clean + 1 with a cell issue = 3 read
    long withIssue = java.util.stream.IntStream.range(0, d.size()).filter(d::hasInvalidCell).count();
    assertEquals(1, withIssue);
    var report = io.github.commissioningvfm.vfm.outcomes.clean.Cleaner.standard().clean(d).report();
    assertEquals(3, report.rowsRead());
    assertEquals(2, report.included());
    assertEquals(1, report.excluded());
    assertEquals(2L, report.exclusions().get(0).line());
    assertEquals("invalid-cell", report.exclusions().get(0).ruleId());
  }

  @Test
  void duplicatedHeaderIsRefusedNamingFileAndColumn() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> read("participant_id,sdq_initial,sdq_final,sessions_attended,sdq_final\nP1,1,2,3,4\n"));
    assertEquals("cyp.csv, line 1, column '5': column appears twice in the header (first as column 3): "
        + "'sdq_final'", e.getMessage());
  }

  @Test
  void byteThatIsNotUtf8IsReportedAtItsTrueLine() throws Exception {
    byte[] head = (HEADER + "P1,1,2,3\nP2,1,2,3\nP\u00a3").getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 7);
    System.arraycopy(",1,2,3\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, head.length, 7);
    InputFormatException e = assertThrows(InputFormatException.class, () -> readBytes(bytes));
    assertEquals(4, e.line());
    assertEquals("cyp.csv, line 4, column '(encoding)': not UTF-8 (byte 0xA3 at byte offset 74, byte 2 of the "
        + "line); save the file as UTF-8, text before it: 'P'", e.getMessage());
  }

  @Test
  void utf16ByteOrderMarkIsRefusedSayingSo() {
    byte[] text = HEADER.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    InputFormatException e = assertThrows(InputFormatException.class, () -> readBytes(bytes));
    assertEquals("cyp.csv, line 1, column '(encoding)': starts with a UTF-16 byte order mark; save the file as "
        + "UTF-8: 'UTF-16 LE'", e.getMessage());
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() throws Exception {
    ParticipantData d = readBytes(("\uFEFF" + HEADER.replace("\n", "\r\n") + "P1,20,10,3\r\nP2,21,11,4\r\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(2, d.size());
    assertEquals("P2", d.participantId(1));
    assertEquals(4, d.sessions(1));
    assertEquals(3, d.line(1));
  }

  @Test
  void sessionsAboveTheBoundAreACellIssueNeverAnArraySize() {
    ParticipantData d = read(HEADER + "P1,20,10,1000\nP2,20,10,1001\nP3,20,10,99999999999999999999\n");
    assertEquals(Optional.empty(), d.sessionsIssue(0));
    assertEquals(1000, d.sessions(0));
    assertEquals(List.of(new CellProblem(3, "sessions_attended", "1001", CellIssue.OUT_OF_RANGE)), d.problems(1));
    assertEquals(Optional.of(CellIssue.OUT_OF_RANGE), d.sessionsIssue(2));
    assertEquals(0, d.sessions(2));
  }

  @Test
  void debrisIsClassifiedBeforeAnyNumberIsParsed() {
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), Cells.numberIssue("#REF!"));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), Cells.numberIssue("#VALUE!"));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.numberIssue("n/a"));
    assertEquals(Optional.of(CellIssue.NOT_A_NUMBER), Cells.numberIssue("1".repeat(300)));
    // Excel's 1900 leap-year quirk: serial 60 is no date, 59 is 28 February 1900, 61 is 1 March 1900
    assertEquals(Optional.empty(), Cells.parseDate("60"));
    assertEquals(Optional.of(LocalDate.of(1900, 2, 28)), Cells.parseDate("59"));
    assertEquals(Optional.of(LocalDate.of(1900, 3, 1)), Cells.parseDate("61"));
  }
}
