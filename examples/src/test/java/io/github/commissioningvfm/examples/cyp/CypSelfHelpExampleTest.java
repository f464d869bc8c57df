package io.github.commissioningvfm.examples.cyp;

import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.synthetic.CypSelfHelpSynthetic;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.DoseVfm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CypSelfHelpExampleTest {

  @TempDir
  static Path reports;
  static Path folder;
  static JsonNode result;
  static CypSelfHelpExample.Analysis recomputed;

  @BeforeAll
  static void runMainThenRecomputeFromInputCsv() throws IOException {
    CypSelfHelpExample.main(new String[] {reports.toString()});
    folder = reports.resolve("cyp-self-help");
    result = assertReportFolder(folder, CypSelfHelpSynthetic.COLUMNS);
    recomputed = CypSelfHelpExample.analyse(folder.resolve("input.csv"), CypSelfHelpSynthetic.Parameters.standard(),
        Progress.silent());
  }

  private static void assertFigure(double expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(expected, actual.doubleValue(), 0.0, what);
  }

  @Test
  void theInputHasThePublishedSizeAndEveryRowIsAccountedFor() {
    // N = 620 (Sever 2025, domain.md section 6); included + excluded = rows read, always.
    assertEquals(620, result.get("rows_in").asLong());
    long excluded = 0;
    for (JsonNode count : result.get("exclusions")) {
      excluded += count.asLong();
    }
    assertEquals(620, result.get("rows_analysed").asLong() + excluded);
    for (RuleCount count : recomputed.cleaned().report().counts()) {
      assertEquals(count.count(), result.get("exclusions").get(count.ruleId()).asLong(), count.ruleId());
    }
    assertEquals(recomputed.cleaned().report().included(), result.get("rows_analysed").asLong());
  }

  @Test
  void changeAndValueForMoneyAreWhatTheLibraryComputesFromInputCsv() {
    assertFigure(recomputed.change().meanRawChange().valueOrThrow(), result.get("mean_change"), "mean_change");
    assertFigure(recomputed.vfm().unweightedMeanVfm().valueOrThrow(), result.get("vfm_unweighted"), "unweighted");
    assertFigure(recomputed.vfm().weightedVfm().valueOrThrow(), result.get("vfm_weighted"), "weighted");
    Interval ci = CypSelfHelpExample.Analysis.reported(recomputed.weightedBootstrap());
    assertFigure(ci.lower(), result.get("vfm_weighted_ci95").get(0), "ci lower");
    assertFigure(ci.upper(), result.get("vfm_weighted_ci95").get(1), "ci upper");
    assertFigure(recomputed.vfm().costPerMeaningfulChange().valueOrThrow(), result.get("cost_per_meaningful_change"),
        "cost per meaningful change");
    assertEquals("per-session", result.get("cost_allocation").asText());
    assertEquals(0, result.get("programme_cost").decimalValue().compareTo(
        CypSelfHelpSynthetic.Parameters.standard().programmeCost().amount().amount()));
  }

  @Test
  void regressionAndDoseFiguresAreWhatTheLibraryComputes() {
    JsonNode regression = result.get("regression");
    assertEquals("improvement", regression.get("dependent").asText());
    assertEquals(recomputed.regression().n(), regression.get("n").asLong());
    for (OlsResult.Coefficient c : recomputed.regression().coefficients()) {
      assertFigure(c.estimate(), regression.get("terms").get(c.term()).get("coef"), c.term());
      assertFigure(c.classical().standardError(), regression.get("terms").get(c.term()).get("se"), c.term() + " se");
    }
    assertFigure(recomputed.regression().rSquared().orElseThrow(), regression.get("r2"), "r2");
    assertEquals(recomputed.vfm().byDose().size(), result.get("by_sessions").size());
    for (int i = 0; i < recomputed.vfm().byDose().size(); i++) {
      DoseVfm dose = recomputed.vfm().byDose().get(i);
      JsonNode json = result.get("by_sessions").get(i);
      assertEquals(dose.sessions(), json.get("sessions").asInt());
      assertEquals(dose.participants(), json.get("n").asInt());
      assertFigure(dose.unweightedMeanVfm().valueOrThrow(), json.get("mean_vfm"), "dose " + dose.sessions());
    }
  }

  @Test
  void weightedVfmIsTotalImprovementOverTotalCost() {
    // Cost-weighted VfM is defined as total improvement / total cost; checked from its parts.
    double expected = recomputed.vfm().totalImprovement() / recomputed.vfm().allocatedCost();
    assertEquals(expected, result.get("vfm_weighted").doubleValue(), 1e-15);
  }

  @Test
  void theReportSaysTheDataAreSyntheticAndShowsThePublishedSlip() throws IOException {
    String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(report.contains("**Synthetic data.**"));
    assertTrue(report.contains("seed = 20250401"), "generator parameters printed");
    assertTrue(report.contains("£238.33"), "2.86 / 0.012 re-derived");
    assertTrue(report.contains("Published figures (context only, not our results)"));
  }
}
