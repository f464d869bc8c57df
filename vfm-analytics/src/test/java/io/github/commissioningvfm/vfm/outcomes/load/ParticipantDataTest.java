package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import java.io.StringReader;
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

  @Test
  void missingColumnNamesFileRowAndColumn() {
    OutcomeDataException e = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader("participant_id,sdq_initial,sessions_attended\nP1,3,4\n"), "cyp.csv", ParticipantSchema
            .builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("sdq_initial", "sdq_final").build()));
    assertEquals("File 'cyp.csv', row 1, column 'sdq_final': required column is missing; the header has "
        + "[participant_id, sdq_initial, sessions_attended]", e.getMessage());
    assertEquals(1, e.row());
    assertEquals(Optional.of("sdq_final"), e.column());
  }

  @Test
  void fileWithNoRowsIsRejected() {
    OutcomeDataException e = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader("participant_id,sdq_initial,sdq_final,sessions_attended\n\n"), "empty.csv",
        ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("sdq_initial", "sdq_final").build()));
    assertEquals("File 'empty.csv': the file has a header but no data rows", e.getMessage());
    OutcomeDataException none = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader(""), "blank.csv", SCHEMA));
    assertEquals("File 'blank.csv': the file is empty: no header and no data rows", none.getMessage());
  }

  @Test
  void unclosedQuoteIsReported() {
    OutcomeDataException e = assertThrows(OutcomeDataException.class, () -> ParticipantData.readCsv(
        new StringReader("participant_id,sdq_initial,sdq_final,sessions_attended\nP1,\"3,4,5\n"), "q.csv",
        ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("sdq_initial", "sdq_final").build()));
    assertEquals("File 'q.csv', row 2: a quoted field is never closed", e.getMessage());
    assertTrue(e.value().isEmpty());
  }
}
