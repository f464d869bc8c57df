package io.github.commissioningvfm.examples.cyp;

import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.ReportAssertions;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(folder);
    recomputed = CypSelfHelpExample.analyse(folder.resolve("input.csv"), CypSelfHelpSynthetic.Parameters.standard(),
        Progress.silent());
  }

  private static void assertFigure(double expected, JsonNode actual, String what) {
    ReportAssertions.assertRatio(expected, actual, what);
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
    ReportAssertions.assertPounds(recomputed.vfm().costPerMeaningfulChange().valueOrThrow(),
        result.get("cost_per_meaningful_change"), "cost per meaningful change");
    ReportAssertions.assertPounds(recomputed.vfm().costPerThresholdGain().valueOrThrow(), result.get("cost_per_threshold_gain"),
        "cost per threshold gain");
    assertEquals("per-session-by-financial-year", result.get("cost_allocation").asText());
    assertFigure(recomputed.spreadAlternative().weightedVfm().valueOrThrow(),
        result.get("alternative_allocation").get("vfm_weighted"), "alternative weighted");
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
    ReportAssertions.assertRatio(expected, result.get("vfm_weighted"), "weighted VfM");
  }

  /**
   * The default figures recomputed by hand from {@code input.csv} with plain Java, following the
   * evaluation's method (Sever 2025, section 3.3.4.3.1; domain.md section 6): rows with a whole
   * initial and final SDQ score and at least one session are analysed; each financial year
   * (1 April - 31 March) of first session is a cohort that carries the whole annual programme cost,
   * shared per session attended within the cohort.
   */
  @Test
  void defaultFiguresFollowTheEvaluationsMethodRecomputedByHand() throws IOException {
    double annual = CypSelfHelpSynthetic.Parameters.standard().programmeCost().amount().toDouble();
    List<String> lines = Files.readAllLines(folder.resolve("input.csv"), StandardCharsets.UTF_8);
    List<String> header = splitCsv(lines.get(0));
    int date = header.indexOf("first_session_date");
    int initial = header.indexOf("sdq_initial");
    int fin = header.indexOf("sdq_final");
    int sessions = header.indexOf("sessions_attended");
    List<int[]> rows = new ArrayList<>(); // {cohort start year, improvement, sessions}
    Map<Integer, Integer> sessionsByYear = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = splitCsv(line);
      Integer a = wholeScore(f.get(initial));
      Integer b = wholeScore(f.get(fin));
      int s = Integer.parseInt(f.get(sessions).trim());
      if (a == null || b == null || s <= 0) {
        continue;
      }
      String d = f.get(date).trim();
      LocalDate day = d.contains("/")
          ? LocalDate.of(Integer.parseInt(d.substring(6, 10)), Integer.parseInt(d.substring(3, 5)),
              Integer.parseInt(d.substring(0, 2)))
          : LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(d));
      int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
      rows.add(new int[] {year, a - b, s});
      sessionsByYear.merge(year, s, Integer::sum);
    }
    assertEquals(result.get("rows_analysed").asInt(), rows.size(), "rows analysed by hand");
    assertEquals(List.of(2021, 2022, 2023, 2024), List.copyOf(sessionsByYear.keySet()));
    double sumImp = 0;
    double sumCost = 0;
    double sumRatio = 0;
    int reaching = 0;
    for (int[] r : rows) {
      double cost = annual / sessionsByYear.get(r[0]) * r[2];
      sumImp += r[1];
      sumCost += cost;
      sumRatio += r[1] / cost;
      reaching += r[1] >= 2.86 ? 1 : 0;
    }
    assertEquals(4 * annual, sumCost, 1e-6, "the annual cost once per cohort year");
    ReportAssertions.assertPounds(4 * annual, result.get("total_cost_allocated"), "total cost allocated");
    ReportAssertions.assertRatio(sumImp / sumCost, result.get("vfm_weighted"), "weighted VfM");
    ReportAssertions.assertRatio(sumRatio / rows.size(), result.get("vfm_unweighted"), "unweighted VfM");
    ReportAssertions.assertPounds(2.86 * sumCost / sumImp, result.get("cost_per_threshold_gain"),
        "threshold / weighted VfM");
    ReportAssertions.assertPounds(sumCost / reaching, result.get("cost_per_meaningful_change"),
        "cost per participant reaching the threshold");
    for (Map.Entry<Integer, Integer> e : sessionsByYear.entrySet()) {
      String year = e.getKey() + "/" + String.format(Locale.ROOT, "%02d", (e.getKey() + 1) % 100);
      assertEquals(annual, result.get("cost_by_year").get(year).doubleValue(), 1e-9, year);
    }
  }

  /** An SDQ cell that is a whole number from 0 to 40, or null (blank, error cell, anything else). */
  private static Integer wholeScore(String cell) {
    String t = cell.trim();
    if (!t.matches("\\d{1,2}")) {
      return null;
    }
    int v = Integer.parseInt(t);
    return v <= 40 ? v : null;
  }

  /** Splits one CSV line, honouring double quotes. */
  private static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  @Test
  void theReportSaysTheDataAreSyntheticAndChecksThePublishedFigures() throws IOException {
    String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(report.contains("**Synthetic data.**"));
    assertTrue(report.contains("seed = 20250401"), "generator parameters printed");
    assertTrue(report.contains("## Checks of the published figures"), report);
    assertTrue(report.contains("2.86 / 0.012 = 238.333, but £283.3 is printed"), "2.86 / 0.012 re-derived");
    assertTrue(report.contains("0.133 -> 0.0133"), "decimal slip for 0.133");
    assertTrue(report.contains("0.135 -> 0.0135"), "decimal slip for 0.135");
    assertFalse(report.contains("unweighted mean of ratios"), "the old diagnosis is gone");
    assertTrue(report.contains("cost per meaningful change at the programme's rate"));
    assertTrue(report.contains("cost per participant reaching the meaningful change"));
    assertTrue(report.contains("one annual cost spread over all years' participants (alternative)"));
    assertTrue(report.contains("Published figures (context only, not our results)"));
  }
}
