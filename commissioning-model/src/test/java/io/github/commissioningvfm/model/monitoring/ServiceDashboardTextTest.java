package io.github.commissioningvfm.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard as people read it: one figure a line, missing fields counted, never hidden. */
class ServiceDashboardTextTest {

  @Test
  void everyFigureHasItsLineAndMissingFieldsAreCounted() {
    ServiceDashboard d = ServiceDashboard.of(List.of(
        new ParticipantRecord("a", "GP", Optional.of(1), Optional.of("18-25"), true),
        new ParticipantRecord("b", "school", Optional.empty(), Optional.empty(), false)),
        List.of(new ContactRecord("a", LocalDate.of(2025, 4, 1), true),
            new ContactRecord("b", LocalDate.of(2025, 4, 2), false)));
    String[] lines = d.toString().split("\n");
    assertEquals("Service dashboard: 2 participants", lines[0]);
    assertTrue(lines[1].startsWith("attendance (attended of booked contacts): 50.0% (1 of 2;"), lines[1]);
    assertTrue(lines[2].startsWith("completion (completers of participants): 50.0% (1 of 2;"), lines[2]);
    assertTrue(lines[3].startsWith("referred by GP: 50.0% (1 of 2;"), lines[3]);
    assertTrue(lines[4].startsWith("referred by school: 50.0% (1 of 2;"), lines[4]);
    assertTrue(lines[5].startsWith("deprivation decile 1: 100.0% (1 of 1;"), lines[5]);
    assertEquals("deprivation decile not recorded: 1", lines[6]);
    assertTrue(lines[7].startsWith("subgroup 18-25: 100.0% (1 of 1;"), lines[7]);
    assertEquals("subgroup not recorded: 1", lines[8]);
    assertEquals(9, lines.length);
  }

  @Test
  void nothingMissingMeansNoMissingLines() {
    ServiceDashboard d = ServiceDashboard.of(List.of(
        new ParticipantRecord("a", "GP", Optional.of(10), Optional.of("18-25"), true)), List.of());
    assertEquals(0, d.decileMissing());
    assertEquals(0, d.subgroupMissing());
    assertEquals(List.of("10"), d.reachByDecile().stream().map(CountRow::category).toList());
    assertFalse(d.toString().contains("not recorded"), d.toString());
    assertEquals(1, d.completion().numerator());
    assertEquals(0, d.attendance().denominator());
  }
}
