package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cell classification at the edges of its rules, and how a problem cell prints. */
class CellsTest {

  @Test
  void aFourCharacterMarkerIsStillAMarker() {
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.missingIssue("NULL"));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.missingIssue("n.a."));
    assertEquals(Optional.of(CellIssue.NOT_AVAILABLE), Cells.numberIssue("None"));
    assertEquals(Optional.empty(), Cells.missingIssue("nulls"));
    assertEquals(Optional.of(CellIssue.NOT_A_NUMBER), Cells.numberIssue("nulls"));
  }

  @Test
  void aLeadingCommaIsAThousandsSeparatorLikeAnyOther() {
    assertEquals(Optional.of(CellIssue.THOUSANDS_SEPARATOR), Cells.numberIssue(",123"));
    assertEquals(Optional.of(CellIssue.THOUSANDS_SEPARATOR), Cells.numberIssue("12,345,678"));
    assertEquals(Optional.of(CellIssue.NOT_A_NUMBER), Cells.numberIssue("1,2a"));
  }

  @Test
  void aProblemCellPrintsItsLineColumnRawTextAndIssue() {
    assertEquals("row 6, column 'sdq_initial': '#VALUE!' (SPREADSHEET_ERROR)",
        new CellProblem(6, "sdq_initial", "#VALUE!", CellIssue.SPREADSHEET_ERROR).toString());
  }
}
