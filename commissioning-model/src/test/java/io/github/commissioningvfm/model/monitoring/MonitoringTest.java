package io.github.commissioningvfm.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitoringTest {

  private static KpiMeasurement q(String period, String end, String value) {
    return new KpiMeasurement(period, LocalDate.parse(end), new BigDecimal(value));
  }

  static final MonitoredKpi SEEN_QUICKLY = new MonitoredKpi("KPI-1", "people seen within 14 days",
      new KpiTarget(KpiDirection.AT_LEAST, new BigDecimal("90"), "%"), List.of(
          q("2024/25 Q1", "2024-06-30", "92"), q("2024/25 Q2", "2024-09-30", "88"),
          q("2024/25 Q3", "2024-12-31", "87"), q("2024/25 Q4", "2025-03-31", "85")));
  static final MonitoredKpi REACH = new MonitoredKpi("KPI-2", "share from the two most deprived deciles",
      new KpiTarget(KpiDirection.AT_LEAST, new BigDecimal("30"), "%"), List.of());

  @Test
  void findingsForALapsedReviewAMissedTargetAndNoData() {
    MonitoringPlan plan = new MonitoringPlan("crisis line", List.of(SEEN_QUICKLY, REACH),
        List.of(new ReviewPoint(LocalDate.of(2024, 3, 1), "annual review")));
    List<MonitoringFinding> f = plan.findings(LocalDate.of(2025, 6, 30), 3);
    assertEquals(List.of(MonitoringFindingKind.NO_REVIEW_IN_12_MONTHS, MonitoringFindingKind.TARGET_MISSED,
        MonitoringFindingKind.NO_DATA), f.stream().map(MonitoringFinding::kind).toList());
    assertEquals("no review between 2024-07-01 and 2025-06-30: the last review was on 2024-03-01", f.get(0).message());
    assertEquals("people seen within 14 days: target at least 90% missed in the latest 3 periods (2024/25 Q2 88%, "
        + "2024/25 Q3 87%, 2024/25 Q4 85%)", f.get(1).message());
    assertEquals("KPI-2", f.get(2).subject());
  }

  @Test
  void aMissedRunShorterThanNIsNoFindingAndARecentReviewIsEnough() {
    MonitoringPlan plan = new MonitoringPlan("crisis line", List.of(SEEN_QUICKLY),
        List.of(new ReviewPoint(LocalDate.of(2025, 1, 15), "")));
    assertEquals(List.of(), plan.findings(LocalDate.of(2025, 6, 30), 4));
  }

  @Test
  void oneValuePerPeriod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MonitoredKpi("K", "d",
        SEEN_QUICKLY.target(), List.of(q("Q1", "2024-06-30", "1"), q("Q1", "2024-06-30", "2"))));
    assertEquals("Argument 'measurements' must hold one value per period, but repeat: Q1", e.getMessage());
  }

  @Test
  void dashboardFromParticipantAndContactRecords() {
    List<ParticipantRecord> people = List.of(
        new ParticipantRecord("a", "GP", Optional.of(1), Optional.of("18-25"), true),
        new ParticipantRecord("b", "GP", Optional.of(1), Optional.of("26-64"), false),
        new ParticipantRecord("c", "self-referral", Optional.of(10), Optional.empty(), true),
        new ParticipantRecord("d", "school", Optional.empty(), Optional.of("18-25"), false));
    List<ContactRecord> contacts = List.of(
        new ContactRecord("a", LocalDate.of(2025, 4, 1), true), new ContactRecord("a", LocalDate.of(2025, 4, 8), true),
        new ContactRecord("b", LocalDate.of(2025, 4, 2), false), new ContactRecord("c", LocalDate.of(2025, 4, 3), true),
        new ContactRecord("c", LocalDate.of(2025, 4, 10), true), new ContactRecord("d", LocalDate.of(2025, 4, 4), false));
    ServiceDashboard d = ServiceDashboard.of(people, contacts);
    // attendance 4 of 6 booked; completion 2 of 4; GP 2, school 1, self-referral 1 of 4;
    // decile 1: 2 of 3 recorded, decile 10: 1 of 3, one missing; subgroup 18-25: 2 of 3, one missing.
    assertEquals(4, d.attendance().numerator());
    assertEquals(6, d.attendance().denominator());
    assertEquals(2, d.completion().numerator());
    assertEquals(List.of("GP", "school", "self-referral"), d.referralRoutes().stream().map(CountRow::category).toList());
    assertEquals(2, d.referralRoutes().get(0).share().numerator());
    assertEquals(List.of("1", "10"), d.reachByDecile().stream().map(CountRow::category).toList());
    assertEquals(3, d.reachByDecile().get(0).share().denominator());
    assertEquals(1, d.decileMissing());
    assertEquals(2, d.reachBySubgroup().get(0).share().numerator());
    assertEquals(1, d.subgroupMissing());
    assertEquals("attendance (attended of booked contacts): 66.7% (4 of 6; 95% CI 30.0% to 90.3%)",
        d.attendance().toString());
  }

  @Test
  void contactForAnUnknownParticipantIsRefusedNamingRowColumnAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceDashboard.of(
        List.of(new ParticipantRecord("a", "GP", Optional.empty(), Optional.empty(), true)),
        List.of(new ContactRecord("a", LocalDate.of(2025, 4, 1), true),
            new ContactRecord("z", LocalDate.of(2025, 4, 1), true))));
    assertEquals("contacts row 2, column participantId: no participant 'z'", e.getMessage());
  }
}
