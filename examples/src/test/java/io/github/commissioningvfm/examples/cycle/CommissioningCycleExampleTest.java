package io.github.commissioningvfm.examples.cycle;

import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static io.github.commissioningvfm.examples.ReportAssertions.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.model.cycle.CommissionerChecks;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.cycle.StageSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommissioningCycleExampleTest {

  @TempDir
  static Path reports;
  static Path folder;
  static JsonNode result;

  @BeforeAll
  static void runMain() throws IOException {
    CommissioningCycleExample.main(new String[] {reports.toString()});
    folder = reports.resolve("commissioning-cycle");
    result = assertReportFolder(folder, CommissioningCycleExample.COLUMNS);
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(folder);
  }

  /** Rebuilds the history from input.csv alone, through the library. */
  private static CommissioningHistory historyFromInputCsv() throws IOException {
    List<String[]> records = readCsv(folder.resolve("input.csv"));
    List<CommissioningEvent> events = new ArrayList<>();
    for (String[] r : records.subList(1, records.size())) {
      events.add(new CommissioningEvent(r[0], LocalDate.parse(r[1]), EventType.valueOf(r[2]), r[5]));
    }
    return new CommissioningHistory(result.get("service").asText(), events);
  }

  @Test
  void findingsInResultJsonAreWhatTheLibraryFindsInTheInputCsv() throws IOException {
    List<Finding> findings = historyFromInputCsv().findings();
    assertEquals(findings.size(), result.get("findings").size());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode json = result.get("findings").get(i);
      assertEquals(findings.get(i).kind().name(), json.get("kind").asText());
      assertEquals(findings.get(i).cycle(), json.get("cycle").asText());
      assertEquals(findings.get(i).message(), json.get("message").asText());
    }
  }

  @Test
  void stageSpansInResultJsonAreWhatTheLibraryComputes() throws IOException {
    CommissioningHistory history = historyFromInputCsv();
    JsonNode cycles = result.get("cycles");
    assertEquals(history.cycles().size(), cycles.size());
    for (JsonNode cycle : cycles) {
      List<StageSpan> spans = history.stages(cycle.get("cycle").asText());
      assertEquals(spans.size(), cycle.get("stages").size());
      for (int i = 0; i < spans.size(); i++) {
        assertEquals(spans.get(i).first().toString(), cycle.get("stages").get(i).get("first").asText());
        assertEquals(spans.get(i).days(), cycle.get("stages").get(i).get("days").asLong());
      }
      assertEquals(history.missingActivities(cycle.get("cycle").asText()).size(),
          cycle.get("missing_activities").size());
    }
  }

  @Test
  void theHistoryShowsThePatternsItWasBuiltToShow() {
    // Roll-overs on 28, 27, 30 and 29 March and an extension on 26 March are all within the last
    // seven days of the financial year (which ends 31 March): five late confirmations.
    List<Finding> findings = CommissioningCycleExample.history().findings();
    assertEquals(5, findings.stream().filter(f -> f.kind() == FindingKind.LATE_CONFIRMATION).count());
    // The re-procurement's award follows its PSR route, notice and standstill: no award without a route.
    assertEquals(0, findings.stream().filter(f -> f.kind() == FindingKind.AWARD_WITHOUT_PROCUREMENT_ROUTE).count());
    assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.CHANGE_BEFORE_START).count());
    assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.EVALUATION_NOT_FED_BACK).count());
    // Contradictions: the variation before its contract started, and the CCG named on 29 March 2023.
    assertEquals(2, result.get("findings_by_severity").get("CONTRADICTION").asInt());
  }

  @Test
  void theCcgNamedAfterJune2022IsFlaggedAndTheTransitionItselfIsNot() {
    // CCGs were abolished on 1 July 2022 (Health and Care Act 2022). The records keep the CCG's
    // name until 31 March 2023: of the grant's events, only the roll-over of 29 March 2023 falls
    // after 30 June 2022 under the CCG's name; the evaluation of 30 June 2022 is the CCG's last day.
    List<Finding> flagged = CommissionerChecks.findings(CommissioningCycleExample.history(),
        CommissioningCycleExample.responsibilities());
    assertEquals(1, flagged.size());
    assertEquals(FindingKind.COMMISSIONER_NOT_IN_EXISTENCE, flagged.get(0).kind());
    assertEquals(LocalDate.of(2023, 3, 29), flagged.get(0).date().orElseThrow());
    assertEquals(flagged.get(0).message(), result.get("commissioner_findings").get(0).get("message").asText());
  }

  @Test
  void theReprocurementFollowsThePsrWithProcessCRefused() {
    // SI 2023/1348 regulation 6 (the considerable change): a materially different contract is a considerable
    // change, so direct award process C is closed. Regulation 12: notice Monday 1 July 2024, standstill
    // from 2 July, representations until the end of Friday 12 July, earliest award Monday 15 July.
    JsonNode options = result.get("psr_options");
    assertEquals("DIRECT_AWARD_C", options.get(2).get("route").asText());
    assertEquals("NOT_AVAILABLE", options.get(2).get("status").asText());
    List<CommissioningEvent> psr = CommissioningCycleExample.events().stream()
        .filter(e -> e.type() == EventType.STANDSTILL_END || e.type() == EventType.AWARD)
        .filter(e -> e.cycle().equals("2024 re-procurement")).toList();
    assertEquals(LocalDate.of(2024, 7, 12), psr.get(0).date());
    assertEquals(LocalDate.of(2024, 7, 15), psr.get(1).date());
  }
}
