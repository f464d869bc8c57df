package io.github.commissioningvfm.examples.cycle;

import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static io.github.commissioningvfm.examples.ReportAssertions.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
    assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.AWARD_WITHOUT_PROCUREMENT_ROUTE).count());
    assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.CHANGE_BEFORE_START).count());
    assertEquals(1, findings.stream().filter(f -> f.kind() == FindingKind.EVALUATION_NOT_FED_BACK).count());
    assertEquals(2, result.get("findings_by_severity").get("CONTRADICTION").asInt());
  }
}
