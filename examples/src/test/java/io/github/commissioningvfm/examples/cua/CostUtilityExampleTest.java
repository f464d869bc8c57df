package io.github.commissioningvfm.examples.cua;

import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.ReportAssertions;
import io.github.commissioningvfm.vfm.cua.Simulations;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostUtilityExampleTest {

  @TempDir
  static Path reports;
  static JsonNode result;

  @BeforeAll
  static void runMain() throws IOException {
    CostUtilityExample.main(new String[] {reports.toString()});
    result = assertReportFolder(reports.resolve("cost-utility"),
        List.of("input", "base", "low", "high", "distribution", "source"));
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(reports.resolve("cost-utility"));
  }

  @Test
  void reportHoldsTheLibrarysFigures() {
    CrisisPathwayModel model = new CrisisPathwayModel();
    var run = model.model(model.baseCase()).run();
    for (JsonNode s : result.get("strategies")) {
      StrategyResult r = run.strategy(s.get("strategy").asText());
      ReportAssertions.assertPounds(r.totals().cost(), s.get("cost"), "cost of " + s.get("strategy"));
      ReportAssertions.assertRatio(r.totals().qalys(), s.get("qalys"), "QALYs of " + s.get("strategy"));
    }
    assertEquals(20000, result.get("threshold_lower").doubleValue());
    assertEquals(30000, result.get("threshold_upper").doubleValue());
    for (JsonNode p : result.get("acceptability")) {
      double sum = 0;
      for (JsonNode v : p.get("probability_best")) {
        sum += v.doubleValue();
      }
      assertEquals(1, sum, 1e-12);
    }
    double evpi = result.get("evpi_lower").doubleValue();
    assertTrue(evpi >= 0);
    for (JsonNode e : result.get("evppi_lower")) {
      assertTrue(e.get("per_person").doubleValue() <= 1.05 * evpi + 1e-9, e.toString());
    }
  }

  @Test
  void crisisEntryCostIsFromTheNationalCostCollection() {
    // NCC 2024/25: emergency care weighted mean GBP 280.17, CMHT functional contact GBP 278.91
    // (unit-costs-sources.md, NCC 2024/25 rows)
    assertEquals(280.17 + 278.91, new CrisisPathwayModel().crisisEntryCost(), 1e-9);
  }

  @Test
  void planeDataIsWritten() throws IOException {
    List<String> lines = Files.readAllLines(reports.resolve("cost-utility").resolve("plane.csv"), StandardCharsets.UTF_8);
    assertEquals("strategy,simulation,incremental_qalys_vs_usual_care,incremental_cost", lines.get(0));
    assertEquals(1 + 2 * CostUtilityExample.ITERATIONS, lines.size());
    Simulations sims = Simulations.read(reports.resolve("cost-utility").resolve("simulations.csv"));
    assertEquals(CostUtilityExample.ITERATIONS, sims.size());
    assertEquals(CrisisPathwayModel.INPUTS.size(), sims.inputNames().size());
  }
}
