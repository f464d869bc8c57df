package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every cell kind read row by row, checked the same way whether the rows come from CSV text or
 * from {@link ParticipantData#builder}: ids, dates, categories, debris and the load audit.
 */
class ParticipantDataRowsTest {

  /** The date is the file's first field, so a date slot at field 0 is exercised. */
  static final ParticipantSchema DATED = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").date("first_session_date").categories("gender", "pathway").build();
  static final List<String> HEADER = List.of("first_session_date", "participant_id", "sdq_initial", "sdq_final",
      "sessions_attended", "gender", "pathway");

  static final List<String> ROWS = List.of(
      "2022-05-03, P1 ,20,12,6,F,Anxiety",
      "2022-05-10,n/a,18,15,4, M ,Anger",
      "Tuesday,,25,20,5,#N/A,Anxiety",
      "44700,P4,#VALUE!,n/a,3,F,#REF!",
      " 12/06/2022 ,P5,22,11,1000,n/a,Other",
      "P6,1,2");

  static ParticipantData fromCsv(ParticipantSchema schema, List<String> header, List<String> rows) {
    StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
    rows.forEach(r -> text.append(r).append('\n'));
    return ParticipantData.readCsv(new StringReader(text.toString()), "rows.csv", schema);
  }

  static ParticipantData fromBuilder(ParticipantSchema schema, List<String> header, List<String> rows) {
    ParticipantData.Builder b = ParticipantData.builder(schema, "rows.csv", header);
    for (int r = 0; r < rows.size(); r++) {
      assertSame(b, b.addRow(r + 2, rows.get(r).split(",", -1)));
    }
    return b.build();
  }

  static final List<Function<List<String>, ParticipantData>> PATHS = List.of(
      rows -> fromCsv(DATED, HEADER, rows), rows -> fromBuilder(DATED, HEADER, rows));

  @Test
  void idsDatesAndNumbersAreReadOrClassifiedAlike() {
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(ROWS);
      assertEquals(6, d.size());
      assertEquals("P1", d.participantId(0));
      assertEquals(Optional.empty(), d.idIssue(0));
      assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), d.idIssue(1));
      assertEquals(Optional.of(CellIssue.BLANK), d.idIssue(2));
      assertEquals(Optional.of(LocalDate.of(2022, 5, 3)), d.date(0));
      assertEquals(Optional.empty(), d.date(2));
      // Excel serial 44700 = 1899-12-30 + 44700 days
      assertEquals(Optional.of(LocalDate.of(2022, 5, 19)), d.date(3));
      assertEquals(Optional.of(LocalDate.of(2022, 6, 12)), d.date(4));
      assertEquals(1000, d.sessions(4));
      assertEquals(List.of(new CellProblem(4, "participant_id", "", CellIssue.BLANK),
          new CellProblem(4, "first_session_date", "Tuesday", CellIssue.NOT_A_DATE),
          new CellProblem(4, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR)), d.problems(2));
      // three problems in one row keep their own raw text
      assertEquals(List.of(new CellProblem(5, "sdq_initial", "#VALUE!", CellIssue.SPREADSHEET_ERROR),
          new CellProblem(5, "sdq_final", "n/a", CellIssue.NOT_AVAILABLE),
          new CellProblem(5, "pathway", "#REF!", CellIssue.SPREADSHEET_ERROR)), d.problems(3));
      assertEquals(List.of(), d.problems(0));
      assertTrue(d.hasInvalidCell(3));
      assertFalse(d.hasInvalidCell(1), "an id marked n/a is missing, not invalid");
      assertEquals(Optional.of("expected 7 fields but found 3"), d.malformed(5));
      assertEquals("", d.participantId(5));
      assertEquals(7, d.line(5));
      assertEquals(List.of(), d.problems(5));
    }
  }

  @Test
  void categoriesKeepTheirLevelsAndASpreadsheetErrorIsCodeMinusOne() {
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(ROWS);
      assertEquals(List.of("F", "M", ParticipantData.MISSING_LEVEL), d.levels(0));
      assertEquals(List.of("Anxiety", "Anger", "Other"), d.levels(1));
      assertEquals(List.of(0, 1, -1, 0, 2), List.of(d.categoryCode(0, 0), d.categoryCode(0, 1), d.categoryCode(0, 2),
          d.categoryCode(0, 3), d.categoryCode(0, 4)));
      assertEquals(List.of(0, 1, 0, -1, 2), List.of(d.categoryCode(1, 0), d.categoryCode(1, 1), d.categoryCode(1, 2),
          d.categoryCode(1, 3), d.categoryCode(1, 4)));
    }
  }

  @Test
  void theAuditCountsTrimmedCellsOfEveryKindAndExcelSerialDates() {
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(ROWS);
      // ' P1 ' (id), ' M ' (category), ' 12/06/2022 ' (date)
      assertEquals(3, d.trimmedCells());
      // two ISO dates, one UK date, one serial
      assertEquals(1, d.excelSerialDates());
    }
  }

  @Test
  void aDateColumnAfterTheOthersIsReadToo() {
    List<String> header = List.of("participant_id", "sdq_initial", "sdq_final", "sessions_attended", "gender",
        "pathway", "first_session_date");
    List<String> rows = List.of("P1,20,12,6,F,Anxiety,2022-05-03", "P2,18,15,4,M,Anger,2022-05-10",
        "P3,18,15,4,M,Anger,44700");
    for (ParticipantData d : List.of(fromCsv(DATED, header, rows), fromBuilder(DATED, header, rows))) {
      assertEquals(Optional.of(LocalDate.of(2022, 5, 10)), d.date(1));
      assertEquals(1, d.excelSerialDates());
    }
  }

  @Test
  void withoutADateColumnACategoryProblemNamesItsOwnColumn() {
    ParticipantSchema plain = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    List<String> header = List.of("participant_id", "sdq_initial", "sdq_final", "sessions_attended", "gender",
        "pathway");
    List<String> rows = List.of("P1,20,12,6,#N/A,#REF!", "P2,18,15,4,M,Anger");
    for (ParticipantData d : List.of(fromCsv(plain, header, rows), fromBuilder(plain, header, rows))) {
      assertEquals(List.of(new CellProblem(2, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR),
          new CellProblem(2, "pathway", "#REF!", CellIssue.SPREADSHEET_ERROR)), d.problems(0));
      assertEquals(Optional.empty(), d.date(0));
      assertEquals(List.of("Anger"), d.levels(1));
    }
  }

  @Test
  void moreRowsThanTheFirstAllocationAreAllKept() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 2100; i++) {
      rows.add("2022-05-03,P" + i + "," + (i % 40) + ",12," + (i % 7) + "," + (i % 2 == 0 ? "F" : "M") + ",Anxiety");
    }
    rows.set(2099, "44700,P2099,n/a,12,3,#N/A,Anger");
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(rows);
      assertEquals(2100, d.size());
      assertEquals(1026, d.line(1024));
      assertEquals("P1024", d.participantId(1024));
      assertEquals(1024 % 40, d.baseline(1024));
      assertEquals(1024 % 7, d.sessions(1024));
      assertEquals(0, d.categoryCode(0, 1024));
      assertEquals(1, d.categoryCode(0, 2049));
      assertEquals(Optional.of(LocalDate.of(2022, 5, 3)), d.date(2048));
      assertEquals(2101, d.line(2099));
      assertEquals(Optional.of(LocalDate.of(2022, 5, 19)), d.date(2099));
      assertEquals(-1, d.categoryCode(0, 2099));
      assertEquals(1, d.categoryCode(1, 2099));
      assertEquals(List.of(new CellProblem(2101, "sdq_initial", "n/a", CellIssue.NOT_AVAILABLE),
          new CellProblem(2101, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR)), d.problems(2099));
      assertEquals(1, d.excelSerialDates());
    }
  }

  @Test
  void aRowOutsideTheDataIsRefusedHoweverTheDataWereRead() {
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(ROWS);
      List<Executable> reads = List.of(() -> d.line(6), () -> d.participantId(6), () -> d.malformed(6),
          () -> d.baseline(6), () -> d.followUp(6), () -> d.sessions(6), () -> d.date(6), () -> d.categoryCode(0, 6),
          () -> d.categoryCode(1, 6), () -> d.idIssue(6), () -> d.baselineIssue(6), () -> d.followUpIssue(6),
          () -> d.sessionsIssue(6), () -> d.hasInvalidCell(6), () -> d.problems(6));
      for (Executable read : reads) {
        assertEquals("Index 6 out of bounds for length 6",
            assertThrows(IndexOutOfBoundsException.class, read).getMessage());
      }
      assertEquals("Index -1 out of bounds for length 6",
          assertThrows(IndexOutOfBoundsException.class, () -> d.baseline(-1)).getMessage());
    }
  }

  @Test
  void dataBuiltEarlierAreNotChangedByRowsAddedLater() {
    ParticipantData.Builder b = ParticipantData.builder(DATED, "rows.csv", HEADER);
    b.addRow(2, ROWS.get(0).split(",", -1));
    ParticipantData first = b.build();
    b.addRow(3, ROWS.get(3).split(",", -1));
    ParticipantData second = b.build();
    ParticipantData alone = fromBuilder(DATED, HEADER, ROWS.subList(0, 1));
    assertEquals(alone, first);
    assertEquals(1, first.size());
    assertEquals(2, second.size());
    assertEquals(3, second.problems(1).size());
    assertEquals("Index 1 out of bounds for length 1",
        assertThrows(IndexOutOfBoundsException.class, () -> first.baselineIssue(1)).getMessage());
  }

  @Test
  void aRowIsCompleteWhenItsRequiredCellsHoldValuesAndNoDeclaredCellIsInvalid() {
    List<String> rows = List.of(
        "2022-05-03,P1,20,12,6,F,Anxiety",
        ",P2,20,12,6,n/a,Anxiety",
        "2022-05-03,P3,20,12,6,F,#REF!",
        "Tuesday,P4,20,12,6,F,Anxiety",
        "2022-05-03,P5,,12,6,F,Anxiety",
        "2022-05-03,P6,20,n/a,6,F,Anxiety",
        "2022-05-03,P7,20,12,,F,Anxiety",
        "2022-05-03,,20,12,6,F,Anxiety",
        "2022-05-03,P9,20,12,0,F,Anxiety",
        "2022-05-03,P10,99,12,6,F,Anxiety",
        "2022-05-03,P11,20,12,2.5,F,Anxiety",
        "P12,1,2");
    // blank date and "n/a" gender are missing levels, not faults; sessions 0 and a score of 99 are
    // values the rules judge, not cell issues
    List<Boolean> expected = List.of(true, true, false, false, false, false, false, false, true, true, false, false);
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(rows);
      List<Boolean> complete = new ArrayList<>();
      for (int r = 0; r < d.size(); r++) {
        complete.add(d.isComplete(r));
      }
      assertEquals(expected, complete);
      assertThrows(IndexOutOfBoundsException.class, () -> d.isComplete(rows.size()));
      assertThrows(IndexOutOfBoundsException.class, () -> d.isComplete(-1));
    }
  }

  @Test
  void eachRowPointsToTheFirstRowOfItsId() {
    List<String> rows = List.of(
        "2022-05-03,P1,20,12,6,F,Anxiety",
        "2022-05-03,P2,20,12,6,F,Anxiety",
        "2022-05-03, P1 ,20,12,6,F,Anxiety",
        "2022-05-03,,20,12,6,F,Anxiety",
        "2022-05-03,,20,12,6,F,Anxiety",
        "P2,1,2",
        "2022-05-03,n/a,20,12,6,F,Anxiety",
        "2022-05-03,n/a,20,12,6,F,Anxiety",
        "2022-05-03,p1,20,12,6,F,Anxiety",
        "2022-05-03,P2,20,12,6,F,Anxiety");
    // the trimmed " P1 " is P1; blank ids and the malformed row match nothing; "p1" is not "P1"
    for (Function<List<String>, ParticipantData> path : PATHS) {
      ParticipantData d = path.apply(rows);
      assertEquals(List.of(0, 1, 0, 3, 4, 5, 6, 6, 8, 1),
          java.util.Arrays.stream(d.firstRowOfEachId()).boxed().toList());
      assertEquals("", d.participantId(5));
      assertEquals("P1", d.participantId(2));
    }
  }
}
