package io.github.commissioningvfm.model.coproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A co-designer barred from bidding (Sheaff et al. 2024, HSDR 12(39), ch. 4, source line 1258:
 * VCSEs "could either participate in formulating the service specifications put to bidders, or bid
 * to provide the specified activities, but not both") and a short bid window. Dates illustrative.
 */
class CoProductionRecordTest {

  static final String CYCLE = "2025 tender";
  static final CommissioningEvent CONSULTATION = CommissioningEvent.of(CYCLE, "2024-10-01",
      EventType.SPECIFICATION_CONSULTATION, "draft specification");
  static final CommissioningEvent TENDER = CommissioningEvent.of(CYCLE, "2025-01-06", EventType.TENDER_ISSUED, "");
  static final CommissioningEvent DEADLINE = CommissioningEvent.of(CYCLE, "2025-01-27", EventType.BID_DEADLINE, "");

  static CoProductionRecord record() {
    return new CoProductionRecord(new CommissioningHistory("crisis service", List.of(CONSULTATION, TENDER, DEADLINE)),
        List.of(new Participation(CONSULTATION, "Crisis Charity", CoProductionRole.CO_DESIGNER),
            new Participation(CONSULTATION, "Peer Group", CoProductionRole.CONSULTEE)),
        List.of(new BidExclusion(CYCLE, "Crisis Charity", LocalDate.parse("2025-01-06"), "conflict of interest")));
  }

  @Test
  void aBarredCoDesignerAndAShortBidWindowAreFindings() {
    // 6 to 27 January is 21 days, under four weeks (28 days) but not under three (21).
    assertEquals(List.of(
        new Finding(FindingKind.CO_DESIGNER_BARRED_FROM_BIDDING, CYCLE, Optional.of(LocalDate.parse("2025-01-06")),
            "Crisis Charity co-designed the specification and was barred from bidding on 2025-01-06: conflict of "
                + "interest"),
        new Finding(FindingKind.SHORT_BID_WINDOW, CYCLE, Optional.of(LocalDate.parse("2025-01-27")),
            "bid window of 21 days from the tender issued on 2025-01-06 to the deadline on 2025-01-27, shorter than "
                + "4 weeks")), record().findings(4));
    assertEquals(1, record().findings(3).size());
  }

  @Test
  void theModeFollowsCompetitionAndSharedRoles() {
    assertEquals(Optional.of(CommissioningMode.HYBRID), record().mode(CYCLE));
    assertEquals(Optional.of(CommissioningMode.COMMODIFIED), CommissioningMode.of(true, false));
    assertEquals(Optional.of(CommissioningMode.COLLABORATIVE), CommissioningMode.of(false, true));
    assertEquals(Optional.empty(), CommissioningMode.of(false, false));
  }

  @Test
  void participationsMustReferToTheHistory() {
    CommissioningEvent other = CommissioningEvent.of("other", "2024-01-01", EventType.SPECIFICATION, "");
    assertEquals("Argument 'participations' must refer to events of the history: " + other, assertThrows(
        IllegalArgumentException.class, () -> new CoProductionRecord(CommissioningHistory.of("s"),
            List.of(new Participation(other, "A", CoProductionRole.ADVISER)), List.of())).getMessage());
  }
}
