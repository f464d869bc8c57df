package io.github.commissioningvfm.model.coproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.FindingKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Several cycles in one history: each cycle's mode and findings come from its own events and
 * participations only. Dates illustrative.
 */
class CoProductionCyclesTest {

  private static final String TENDER_2025 = "2025 tender";
  private static final String GRANT_2026 = "2026 grant";
  private static final String TENDER_2027 = "2027 tender";
  private static final String TENDER_2028 = "2028 tender";

  private static CoProductionRecord record() {
    CommissioningEvent consultation = CommissioningEvent.of(TENDER_2025, "2024-10-01",
        EventType.SPECIFICATION_CONSULTATION, "draft specification");
    CommissioningEvent tender = CommissioningEvent.of(TENDER_2025, "2025-01-06", EventType.TENDER_ISSUED, "");
    CommissioningEvent deadline = CommissioningEvent.of(TENDER_2025, "2025-01-27", EventType.BID_DEADLINE, "");
    CommissioningEvent grantSpec = CommissioningEvent.of(GRANT_2026, "2025-09-01", EventType.SPECIFICATION, "");
    CommissioningEvent tender2027 = CommissioningEvent.of(TENDER_2027, "2026-09-01", EventType.TENDER_ISSUED, "");
    CommissioningEvent deadline2027 = CommissioningEvent.of(TENDER_2027, "2026-11-01", EventType.BID_DEADLINE, "");
    CommissioningEvent tender2028 = CommissioningEvent.of(TENDER_2028, "2027-09-01", EventType.TENDER_ISSUED, "");
    return new CoProductionRecord(new CommissioningHistory("crisis service",
        List.of(consultation, tender, deadline, grantSpec, tender2027, deadline2027, tender2028)),
        List.of(new Participation(consultation, "Crisis Charity", CoProductionRole.CO_DESIGNER),
            new Participation(grantSpec, "Other Charity", CoProductionRole.CO_DESIGNER),
            new Participation(grantSpec, "Peer Group", CoProductionRole.CONSULTEE),
            new Participation(tender2027, "Peer Group", CoProductionRole.CONSULTEE),
            new Participation(tender2027, "Crisis Charity", CoProductionRole.CO_DESIGNER),
            new Participation(tender2028, "Peer Group", CoProductionRole.CONSULTEE)),
        List.of(new BidExclusion(TENDER_2025, "Crisis Charity", LocalDate.parse("2025-02-10"), "conflict of interest"),
            new BidExclusion(TENDER_2025, "Other Charity", LocalDate.parse("2025-01-10"), "late registration"),
            new BidExclusion(GRANT_2026, "Peer Group", LocalDate.parse("2025-09-10"), "not eligible"),
            new BidExclusion(TENDER_2027, "Crisis Charity", LocalDate.parse("2026-09-10"), "conflict of interest")));
  }

  @Test
  void eachCycleHasItsOwnMode() {
    CoProductionRecord r = record();
    assertEquals(Optional.of(CommissioningMode.HYBRID), r.mode(TENDER_2025));
    assertEquals(Optional.of(CommissioningMode.COLLABORATIVE), r.mode(GRANT_2026));
    // A co-designer of a tender stage that is not the specification still shares commissioning.
    assertEquals(Optional.of(CommissioningMode.HYBRID), r.mode(TENDER_2027));
    // Only a consultee in this cycle: co-designers of other cycles do not make it shared.
    assertEquals(Optional.of(CommissioningMode.COMMODIFIED), r.mode(TENDER_2028));
  }

  @Test
  void onlyRolesThatShareCommissioningCount() {
    assertFalse(CoProductionRole.CONSULTEE.sharesCommissioning());
    assertFalse(CoProductionRole.ADVISER.sharesCommissioning());
    assertTrue(CoProductionRole.CO_DESIGNER.sharesCommissioning());
  }

  @Test
  void aBarIsAFindingOnlyForWhoCoDesignedThatCyclesSpecification() {
    List<io.github.commissioningvfm.model.cycle.Finding> findings = record().findings(4);
    assertEquals(2, findings.size(), findings.toString());
    // Sorted by cycle, then date: the short window (27 January) before the bar (10 February).
    assertEquals(FindingKind.SHORT_BID_WINDOW, findings.get(0).kind());
    assertEquals(Optional.of(LocalDate.parse("2025-01-27")), findings.get(0).date());
    assertEquals(FindingKind.CO_DESIGNER_BARRED_FROM_BIDDING, findings.get(1).kind());
    assertEquals("Crisis Charity co-designed the specification and was barred from bidding on 2025-02-10: conflict "
        + "of interest", findings.get(1).message());
  }
}
