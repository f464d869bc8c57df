package io.github.commissioningvfm.model.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommissioningHistoryTest {

  private static CommissioningEvent ev(String cycle, String date, EventType type) {
    return CommissioningEvent.of(cycle, date, type, "");
  }

  @Test
  void nineActivitiesInThreeStages() {
    for (CycleStage stage : CycleStage.values()) {
      assertEquals(3, EnumSet.allOf(CycleActivity.class).stream().filter(a -> a.stage() == stage).count());
    }
    assertEquals(3, CycleModel.published().size());
  }

  @Test
  void stagesAreReportedWithDatesAndDurationsWhateverTheOrderOfRecording() {
    CommissioningHistory h = new CommissioningHistory("crisis line", List.of(
        ev("tender", "2019-06-01", EventType.AWARD),
        ev("tender", "2019-01-10", EventType.NEEDS_ASSESSMENT),
        ev("tender", "2019-03-01", EventType.PROCUREMENT_ROUTE_CHOSEN),
        ev("tender", "2019-02-15", EventType.PRIORITIES_DECIDED),
        ev("tender", "2019-10-01", EventType.CONTRACT_START),
        ev("tender", "2020-10-01", EventType.PERFORMANCE_REVIEW)));
    List<StageSpan> spans = h.stages("tender");
    assertEquals(3, spans.size());
    // Strategic planning: 2019-01-10 to 2019-02-15 = 21 days of January + 15 of February = 36 days.
    assertEquals(LocalDate.parse("2019-01-10"), spans.get(0).first());
    assertEquals(36, spans.get(0).days());
    // Procuring: 2019-03-01 .. 2019-10-01 = 214 days (31+30+31+30+31+31+30).
    assertEquals(214, spans.get(1).days());
    assertEquals(0, spans.get(2).days());
    assertEquals(Set.of(CycleActivity.REVIEW_PROVISION, CycleActivity.DESIGN_SERVICES, CycleActivity.SUPPORT_CHOICE,
        CycleActivity.SEEK_VIEWS), h.missingActivities("tender"));
    assertEquals(List.of(), h.findings());
  }

  @Test
  void contradictionsAndGapsAreFindingsNotExceptions() {
    CommissioningHistory h = CommissioningHistory.of("guided self-help")
        .with(ev("grant", "2021-04-01", EventType.AWARD))
        .with(ev("grant", "2022-03-31", EventType.CONTRACT_END))
        .with(ev("grant", "2022-04-15", EventType.CONTRACT_START));
    List<Finding> f = h.findings();
    assertEquals(List.of(FindingKind.AWARD_WITHOUT_PROCUREMENT_ROUTE, FindingKind.START_AFTER_END,
        FindingKind.NO_NEEDS_ASSESSMENT, FindingKind.NO_MONITORING), f.stream().map(Finding::kind).toList());
    assertEquals("contract start on 2022-04-15 after the end recorded on 2022-03-31", f.get(1).message());
    assertEquals(FindingKind.Severity.CONTRADICTION, f.get(0).kind().severity());
  }

  @Test
  void rollOversConfirmedLateAndRepeatedAreObserved() {
    CommissioningHistory h = new CommissioningHistory("safe haven", List.of(
        ev("contract", "2015-04-01", EventType.CONTRACT_START),
        ev("contract", "2016-03-29", EventType.ROLL_OVER),
        ev("contract", "2017-02-01", EventType.ROLL_OVER),
        ev("contract", "2017-06-01", EventType.NEEDS_ASSESSMENT),
        ev("contract", "2018-01-01", EventType.EVALUATION)));
    List<FindingKind> kinds = h.findings().stream().map(Finding::kind).toList();
    assertEquals(List.of(FindingKind.LATE_CONFIRMATION, FindingKind.EVALUATION_NOT_FED_BACK,
        FindingKind.REPEATED_ROLL_OVERS), kinds);
  }

  @Test
  void concurrentCyclesAreKeptApart() {
    CommissioningHistory h = new CommissioningHistory("crisis pathway", List.of(
        ev("system", "2023-01-01", EventType.NEEDS_ASSESSMENT),
        ev("place", "2023-02-01", EventType.EXTENSION),
        ev("system", "2023-03-01", EventType.PERFORMANCE_REVIEW)));
    assertEquals(Set.of("place", "system"), h.cycles());
    assertTrue(h.findings().stream().anyMatch(f -> f.cycle().equals("place")
        && f.kind() == FindingKind.CHANGE_BEFORE_START));
    assertTrue(h.findings().stream().noneMatch(f -> f.cycle().equals("system")));
  }

  @Test
  void malformedEventsAreRefusedNamingTheField() {
    assertEquals("Argument 'cycle' must not be blank: ' '", assertThrows(IllegalArgumentException.class,
        () -> ev(" ", "2023-01-01", EventType.AWARD)).getMessage());
    assertEquals("Argument 'type' must not be null", assertThrows(NullPointerException.class,
        () -> ev("c", "2023-01-01", null)).getMessage());
  }
}
