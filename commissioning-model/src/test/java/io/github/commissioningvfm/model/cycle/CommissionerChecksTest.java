package io.github.commissioningvfm.model.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Commissioners in time. Clinical commissioning groups were abolished, and integrated care boards
 * established, on 1 July 2022 (Health and Care Act 2022, section 19; SI 2022/634, regulation 58:
 * a clinical commissioning group is a body established "immediately before 1st July 2022").
 */
class CommissionerChecksTest {

  static final Commissioner CCG = Commissioner.of("05X", "Northtown CCG", CommissionerType.CLINICAL_COMMISSIONING_GROUP);
  static final Commissioner ICB = Commissioner.of("QXX", "Northshire ICB", CommissionerType.INTEGRATED_CARE_BOARD);

  @Test
  void aCcgIn2023IsFlagged() {
    CommissioningHistory history = CommissioningHistory.of("crisis line")
        .with(CommissioningEvent.of("grant", "2021-11-09", EventType.PERFORMANCE_REVIEW, ""))
        .with(CommissioningEvent.of("grant", "2023-03-29", EventType.ROLL_OVER, "CCG letter"));
    List<Finding> findings = CommissionerChecks.findings(history, List.of(
        new Responsibility("grant", CCG, LocalDate.of(2017, 4, 1), Optional.empty())));
    assertEquals(1, findings.size());
    assertEquals(FindingKind.COMMISSIONER_NOT_IN_EXISTENCE, findings.get(0).kind());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 29)), findings.get(0).date());
    assertEquals("ROLL_OVER on 2023-03-29 recorded for Northtown CCG: a clinical commissioning group could not act on "
        + "2023-03-29: the last day clinical commissioning groups existed was 2022-06-30 (abolished on 1 July 2022 "
        + "when integrated care boards took over, Health and Care Act 2022)", findings.get(0).message());
  }

  @Test
  void aHistorySpanningTheTransitionRecordsCleanly() {
    CommissioningHistory history = CommissioningHistory.of("crisis line")
        .with(CommissioningEvent.of("grant", "2022-06-30", EventType.EVALUATION, "last CCG act"))
        .with(CommissioningEvent.of("grant", "2022-07-01", EventType.PERFORMANCE_REVIEW, "first ICB act"));
    assertEquals(List.of(), CommissionerChecks.findings(history, List.of(
        new Responsibility("grant", CCG, LocalDate.of(2017, 4, 1), Optional.of(LocalDate.of(2022, 6, 30))),
        new Responsibility("grant", ICB, LocalDate.of(2022, 7, 1), Optional.empty()))));
  }

  @Test
  void validityOfTheKindsOfBody() {
    assertTrue(CommissionerType.CLINICAL_COMMISSIONING_GROUP.existedOn(LocalDate.of(2022, 6, 30)));
    assertFalse(CommissionerType.CLINICAL_COMMISSIONING_GROUP.existedOn(LocalDate.of(2022, 7, 1)));
    assertFalse(CommissionerType.INTEGRATED_CARE_BOARD.existedOn(LocalDate.of(2022, 6, 30)));
    assertTrue(CommissionerType.INTEGRATED_CARE_PARTNERSHIP.existedOn(LocalDate.of(2022, 7, 1)));
    assertTrue(CommissionerType.LOCAL_AUTHORITY.existedOn(LocalDate.of(1990, 1, 1)));
    assertEquals(Optional.of("an integrated care board could not act on 2022-06-30: the first day integrated care "
        + "boards existed was 2022-07-01"), CommissionerType.INTEGRATED_CARE_BOARD.whyNotOn(LocalDate.of(2022, 6, 30)));
  }

  @Test
  void responsibilityCannotEndBeforeItStarts() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Responsibility("g", CCG, LocalDate.of(2020, 1, 2), Optional.of(LocalDate.of(2020, 1, 1))));
    assertEquals("Argument 'until' must not be before from 2020-01-02: Optional[2020-01-01]", e.getMessage());
  }
}
