package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The columnar form: {@link ParticipantData#of} rebuilds exactly what {@link ParticipantData#columns}
 * took, and refuses columns the loader could not have produced, naming column, row and value.
 */
class ParticipantDataColumnsTest {

  static final ParticipantSchema GENDER = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").categories("gender").build();
  static final List<String> HEADER = List.of("participant_id", "sdq_initial", "sdq_final", "sessions_attended",
      "gender");

  /** Mutable copies of the record's components, so that each test changes one thing. */
  static final class Cols {
    ParticipantSchema schema = GENDER;
    String source = "cyp.csv";
    long[] lines = {2, 3};
    String[] ids = {"P1", "P2"};
    double[] baseline = {20, 18};
    double[] followUp = {12, 15};
    int[] sessions = {6, 4};
    int[] epochDays = {0, 0};
    List<List<String>> levels = List.of(List.of("F", "M"));
    List<int[]> codes = new ArrayList<>(List.of(new int[] {0, 1}));
    SortedMap<Integer, String> malformed = new TreeMap<>();
    SortedMap<Integer, List<CellProblem>> problems = new TreeMap<>();

    ParticipantData build() {
      return ParticipantData.of(new ParticipantData.Columns(schema, source, lines, ids, baseline, followUp, sessions,
          epochDays, levels, codes, malformed, problems, 0, 0));
    }
  }

  static String refusal(Consumer<Cols> change) {
    Cols c = new Cols();
    change.accept(c);
    return assertThrows(IllegalArgumentException.class, c::build).getMessage();
  }

  static ParticipantData build(Consumer<Cols> change) {
    Cols c = new Cols();
    change.accept(c);
    return c.build();
  }

  @Test
  void dataReadFromCsvComeBackEqualFromTheirColumns() throws Exception {
    ParticipantData small = ParticipantDataTest.small();
    ParticipantData back = ParticipantData.of(small.columns());
    assertEquals(small, back);
    assertEquals(small.hashCode(), back.hashCode());
    assertEquals(Optional.of("expected 8 fields but found 4"), back.malformed(11));
    assertEquals(Optional.empty(), back.malformed(10));
    assertEquals(small.problems(4), back.problems(4));
    assertEquals(Optional.of(LocalDate.of(2022, 5, 19)), back.date(2));
    assertEquals(0, back.sessions(5));
  }

  @Test
  void everyCellKindComesBackFromItsColumns() {
    ParticipantData rows = ParticipantDataRowsTest.fromCsv(ParticipantDataRowsTest.DATED,
        ParticipantDataRowsTest.HEADER, ParticipantDataRowsTest.ROWS);
    ParticipantData back = ParticipantData.of(rows.columns());
    assertEquals(rows, back);
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(rows.problems(r), back.problems(r));
      assertEquals(rows.malformed(r), back.malformed(r));
      assertEquals(rows.date(r), back.date(r));
    }
    assertEquals(-1, back.categoryCode(0, 2));
    assertEquals(Optional.of(CellIssue.BLANK), back.idIssue(2));
    assertEquals(1000, back.sessions(4));
  }

  @Test
  void withoutADateColumnACategoryProblemGoesBackToItsColumn() {
    ParticipantData d = build(c -> {
      c.codes.set(0, new int[] {-1, 1});
      c.problems.put(0, List.of(new CellProblem(2, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR)));
    });
    assertEquals(List.of(new CellProblem(2, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR)), d.problems(0));
    assertEquals(d, ParticipantData.of(d.columns()));
  }

  @Test
  void aMalformedFirstRowAndTheBoundsOfSessionsAndLinesAreAccepted() {
    ParticipantData d = build(c -> {
      c.lines = new long[] {1, 3};
      c.sessions = new int[] {0, ParticipantData.MAX_SESSIONS};
      c.malformed.put(0, "expected 5 fields but found 2");
      c.ids[0] = "";
      c.codes.set(0, new int[] {7, 1});
    });
    assertEquals(Optional.of("expected 5 fields but found 2"), d.malformed(0));
    assertEquals(1, d.line(0));
    assertEquals(1000, d.sessions(1));
  }

  @Test
  void emptyColumnsAreRefused() {
    assertEquals("Argument 'lines' must hold at least one data row: 0", refusal(c -> {
      c.lines = new long[0];
      c.ids = new String[0];
      c.baseline = new double[0];
      c.followUp = new double[0];
      c.sessions = new int[0];
      c.epochDays = new int[0];
      c.codes.set(0, new int[0]);
    }));
  }

  @Test
  void aColumnOfTheWrongLengthIsRefusedByName() {
    assertEquals("Argument 'ids' must have 2 entries: 1", refusal(c -> c.ids = new String[] {"P1"}));
    assertEquals("Argument 'baseline' must have 2 entries: 3", refusal(c -> c.baseline = new double[3]));
    assertEquals("Argument 'followUp' must have 2 entries: 1", refusal(c -> c.followUp = new double[1]));
    assertEquals("Argument 'sessions' must have 2 entries: 1", refusal(c -> c.sessions = new int[1]));
    assertEquals("Argument 'epochDays' must have 2 entries: 1", refusal(c -> c.epochDays = new int[1]));
    assertEquals("Argument 'categoryCodes' must have 1 entries: 0", refusal(c -> c.codes.clear()));
    assertEquals("Argument 'levels' must have 1 entries: 2", refusal(c -> c.levels = List.of(List.of("F"), List.of())));
    assertEquals("Argument 'categoryCodes[0]' must have 2 entries: 1", refusal(c -> c.codes.set(0, new int[] {0})));
  }

  @Test
  void lineNumbersMustBePositive() {
    assertEquals("Argument 'lines[1]' must be a positive line number: 0", refusal(c -> c.lines[1] = 0));
  }

  @Test
  void sessionsMustLieWithinTheirBound() {
    assertEquals("Argument 'sessions[1]' must lie in [0, 1000]: -1", refusal(c -> c.sessions[1] = -1));
    assertEquals("Argument 'sessions[0]' must lie in [0, 1000]: 1001", refusal(c -> c.sessions[0] = 1001));
  }

  @Test
  void categoryCodesMustIndexTheirLevels() {
    assertEquals("Argument 'categoryCodes[0][1]' must index the 2 levels of 'gender': 2",
        refusal(c -> c.codes.get(0)[1] = 2));
    assertEquals("Argument 'categoryCodes[0][0]' must index the 2 levels of 'gender': -2",
        refusal(c -> c.codes.get(0)[0] = -2));
  }

  @Test
  void codeMinusOneMustMeanASpreadsheetErrorAndOnlyThat() {
    assertEquals("Argument 'categoryCodes[0][1]' must be -1 exactly when the cell is a spreadsheet error: -1",
        refusal(c -> c.codes.get(0)[1] = -1));
    assertEquals("Argument 'categoryCodes[0][0]' must be -1 exactly when the cell is a spreadsheet error: 0",
        refusal(c -> c.problems.put(0, List.of(new CellProblem(2, "gender", "#N/A", CellIssue.SPREADSHEET_ERROR)))));
    assertEquals("Argument 'categoryCodes[0][0]' must be -1 exactly when the cell is a spreadsheet error: -1",
        refusal(c -> {
          c.codes.get(0)[0] = -1;
          c.problems.put(0, List.of(new CellProblem(2, "gender", "", CellIssue.BLANK)));
        }));
  }

  @Test
  void malformedRowsMustBeRowsOfTheData() {
    assertEquals("Argument 'malformed' must name rows in [0, 2): 2", refusal(c -> c.malformed.put(2, "short")));
    assertEquals("Argument 'malformed' must name rows in [0, 2): -1", refusal(c -> c.malformed.put(-1, "short")));
  }

  @Test
  void problemCellsMustSitOnTheirRowsLineInADeclaredColumnOnce() {
    CellProblem blankFollowUp = new CellProblem(3, "sdq_final", "", CellIssue.BLANK);
    assertEquals("Argument 'problems' must name rows in [0, 2): 2",
        refusal(c -> c.problems.put(2, List.of(blankFollowUp))));
    assertEquals("Argument 'problems' must name rows in [0, 2): -1",
        refusal(c -> c.problems.put(-1, List.of(blankFollowUp))));
    assertEquals("Argument 'problems[0].line' must be the row's line 2: 3",
        refusal(c -> c.problems.put(0, List.of(blankFollowUp))));
    assertEquals("Argument 'problems[1].column' must be a declared column "
        + "[participant_id, sdq_initial, sdq_final, sessions_attended, gender]: age",
        refusal(c -> c.problems.put(1, List.of(new CellProblem(3, "age", "x", CellIssue.NOT_A_NUMBER)))));
    assertEquals("Argument 'problems[1].column' must appear once in its row: sdq_final",
        refusal(c -> c.problems.put(1, List.of(blankFollowUp, blankFollowUp))));
    ParticipantData blankId = build(c -> c.problems.put(1, List.of(new CellProblem(3, "participant_id", "",
        CellIssue.BLANK))));
    assertEquals(Optional.of(CellIssue.BLANK), blankId.idIssue(1));
    assertEquals(Optional.empty(), blankId.idIssue(0));
  }

  @Test
  void equalityLooksAtEveryColumn() {
    ParticipantData base = build(c -> { });
    assertTrue(base.equals(base));
    assertFalse(base.equals("cyp.csv"));
    assertFalse(base.equals(null));
    assertEquals(base, build(c -> { }));
    assertNotEquals(base, build(c -> c.source = "other.csv"));
    assertNotEquals(base, build(c -> c.ids[1] = "P3"));
    // same levels, one code swapped
    assertNotEquals(build(c -> c.codes.set(0, new int[] {0, 1})), build(c -> c.codes.set(0, new int[] {0, 0})));
    // same raw text, another issue
    assertNotEquals(
        build(c -> c.problems.put(1, List.of(new CellProblem(3, "sdq_final", "x", CellIssue.NOT_A_NUMBER)))),
        build(c -> c.problems.put(1, List.of(new CellProblem(3, "sdq_final", "x", CellIssue.NOT_AVAILABLE)))));
  }

  @Test
  void dataThatDifferInTheFirstRowsLineOrScoresHashApart() {
    ParticipantData base = build(c -> { });
    assertNotEquals(base.hashCode(), build(c -> c.lines[0] = 4).hashCode());
    assertNotEquals(base.hashCode(), build(c -> c.baseline[0] = 21).hashCode());
    assertNotEquals(base.hashCode(), build(c -> c.followUp[0] = 13).hashCode());
    assertEquals(base.hashCode(), build(c -> { }).hashCode());
  }
}
