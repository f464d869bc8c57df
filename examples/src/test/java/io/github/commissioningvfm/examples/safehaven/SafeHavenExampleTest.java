package io.github.commissioningvfm.examples.safehaven;

import static io.github.commissioningvfm.examples.ReportAssertions.assertDecimal;
import static io.github.commissioningvfm.examples.ReportAssertions.assertMoney;
import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.YearRoi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeHavenExampleTest {

  @TempDir
  static Path reports;
  static Path folder;
  static JsonNode result;
  static SafeHavenExample.Analysis recomputed;

  @BeforeAll
  static void runMainThenRecomputeFromInputCsv() throws IOException {
    SafeHavenExample.main(new String[] {reports.toString()});
    folder = reports.resolve("safe-haven");
    result = assertReportFolder(folder, SafeHavenSynthetic.COLUMNS);
    recomputed = SafeHavenExample.analyse(folder.resolve("input.csv"), SafeHavenSynthetic.Parameters.standard(),
        Progress.silent());
  }

  private static void assertFigure(double expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(expected, actual.doubleValue(), 0.0, what);
  }

  @Test
  void everyContactIsAccountedFor() {
    // 13,409 recorded contacts (Sever 2025, domain.md section 6).
    assertEquals(13_409, result.get("rows_in").asLong());
    long excluded = 0;
    for (JsonNode count : result.get("exclusions")) {
      excluded += count.asLong();
    }
    assertEquals(13_409, result.get("rows_analysed").asLong() + excluded);
    assertEquals(recomputed.contacts().report().included(), result.get("rows_analysed").asLong());
  }

  @Test
  void byYearAndOverallAreWhatTheLibraryComputesFromInputCsv() {
    assertEquals(recomputed.nominal().byYear().size(), result.get("by_year").size());
    for (int i = 0; i < recomputed.nominal().byYear().size(); i++) {
      YearRoi y = recomputed.nominal().byYear().get(i);
      JsonNode json = result.get("by_year").get(i);
      assertEquals(y.year().toString(), json.get("financial_year").asText());
      assertEquals(y.year().toString(), json.get("price_base").asText(), "each year in its own prices");
      assertMoney(y.avoidedCost().toMoney(), json.get("avoided_cost"), "avoided " + y.year());
      assertMoney(y.programmeCost().orElseThrow().toMoney(), json.get("programme_cost"), "cost " + y.year());
      assertFigure(y.roiRatio().toDouble().orElseThrow(), json.get("roi_ratio"), "ROI " + y.year());
      assertFigure(y.netRoi().toDouble().orElseThrow(), json.get("net_roi"), "net ROI " + y.year());
      // net ROI = ROI ratio - 1 (the two definitions, domain.md section 5).
      assertEquals(json.get("roi_ratio").doubleValue() - 1, json.get("net_roi").doubleValue(), 1e-12);
    }
    assertFigure(recomputed.constant().overallRatio().toDouble().orElseThrow(), result.get("overall").get("roi_ratio"), "overall");
    assertFigure(recomputed.constant().overallNetRoi().toDouble().orElseThrow(), result.get("overall").get("net_roi"), "net");
  }

  @Test
  void byAlternativeSumsToTheOverallAvoidedCost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode alt : result.get("by_alternative")) {
      sum = sum.add(alt.get("avoided_cost").decimalValue());
    }
    BigDecimal programme = result.get("overall").get("programme_cost").decimalValue();
    // amounts are written to the penny, so the sum of the rounded amounts agrees to within a penny each
    assertEquals(result.get("overall").get("roi_ratio").doubleValue(),
        sum.divide(programme, MathContext.DECIMAL64).doubleValue(), 0.01 * result.get("by_alternative").size()
            / programme.doubleValue());
    for (SafeHavenExample.AlternativeTotal t : recomputed.byAlternative()) {
      boolean found = false;
      for (JsonNode alt : result.get("by_alternative")) {
        if (alt.get("alternative").asText().equals(t.alternative())) {
          assertMoney(t.roi().benefits().toMoney(), alt.get("avoided_cost"), t.alternative());
          assertEquals(t.contacts(), alt.get("contacts").asLong());
          found = true;
        }
      }
      assertTrue(found, t.alternative());
    }
  }

  @Test
  void unitCostsAreRebasedWithTheGdpDeflator() {
    // NCC 2024/25 emergency care, activity-weighted mean of VB01Z-VB99Z: GBP 280.17 [D]; HM Treasury
    // GDP deflator (March 2026 QNA, 2024-25 = 100): 2020-21 = 85.1002 (unit-costs-sources.md sections 2.1 and 4).
    // 2020/21 value = 280.17 x 85.1002 / 100 = 238.425230...
    BigDecimal expected = new BigDecimal("280.17").multiply(new BigDecimal("85.1002"))
        .divide(new BigDecimal("100"), MathContext.DECIMAL64);
    boolean checked = false;
    for (JsonNode uc : result.get("unit_costs")) {
      if (uc.get("alternative").asText().equals("A&E") && uc.get("financial_year").asText().equals("2020/21")) {
        assertEquals("ncc.emergency-care.weighted-all", uc.get("key").asText());
        // written to the penny: 238.43
        assertEquals(expected.setScale(2, java.math.RoundingMode.HALF_UP), uc.get("value").decimalValue());
        assertEquals("2020/21", uc.get("price_base").asText());
        checked = true;
      }
    }
    assertTrue(checked, "A&E 2020/21 unit cost present");
  }

  @Test
  void everyAlternativeIsEitherCostedByKeyOrDeclaredZeroWithAReason() {
    Set<String> seen = new HashSet<>();
    for (JsonNode uc : result.get("unit_costs")) {
      seen.add(uc.get("alternative").asText());
      if (uc.get("key").asText().equals("none")) {
        assertFalse(uc.get("declared_zero").asText().isBlank(), uc.toString());
        assertEquals(0, uc.get("value").decimalValue().signum());
      } else {
        assertTrue(uc.get("value").decimalValue().signum() > 0, uc.toString());
      }
    }
    assertEquals(Set.of("111", "A&E", "AMHT", "Ambulance", "Friends/family", "GP", "None",
        "Samaritans"), seen);
    assertTrue(result.get("overall").get("complete").asBoolean(), "no unmapped alternative");
  }

  @Test
  void costPerContactSitsBesideTheNccA21Benchmark() {
    // NCC 2024/25 MH care contact A21 Crisis Cafe/Safe Haven/Sanctuary: GBP 290.84 per contact [D]
    // (unit-costs-sources.md section 2.1).
    JsonNode benchmark = result.get("benchmark");
    assertEquals(SafeHavenExample.BENCHMARK_KEY, benchmark.get("key").asText());
    assertDecimal(new BigDecimal("290.84"), benchmark.get("value"), "A21 benchmark");
    // programme cost 2024/25 / attended contacts in 2024/25, half-up to the penny
    BigDecimal cost = SafeHavenSynthetic.Parameters.standard().programmeCost()
        .get(SafeHavenExample.PRICE_BASE).amount().amount();
    BigDecimal perContact = cost.divide(BigDecimal.valueOf(benchmark.get("attended_contacts").asLong()),
        2, java.math.RoundingMode.HALF_UP);
    assertDecimal(perContact, benchmark.get("programme_cost_per_contact"), "cost per contact");
  }

  @Test
  void publishedFiguresAreLabelledAsContext() {
    assertTrue(result.get("published_context").get("source").asText().contains("not our result"));
  }

  @Test
  void publishedReturnIsShownUnderBothReadingsAndAudited() throws IOException {
    // "ROI 15%" under ROI = savings / cost (Sever 2025, sections 2.1.2.3 and 3.3.4.3.2): 0.15 as a
    // ratio (net -0.85) or 0.15 as a net return (ratio 1.15)
    JsonNode context = result.get("published_context");
    assertEquals("15%", context.get("printed").asText());
    assertEquals(0.15, context.get("read_as_ratio").get("roi_ratio").doubleValue(), 0.0);
    assertEquals(-0.85, context.get("read_as_ratio").get("net_roi").doubleValue(), 0.0);
    assertEquals(1.15, context.get("read_as_net_return").get("roi_ratio").doubleValue(), 0.0);
    assertEquals(0.15, context.get("read_as_net_return").get("net_roi").doubleValue(), 0.0);
    String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(report.contains("## Checks of the published figures"), report);
    assertTrue(report.contains("a ratio of 0.15 (net ROI -0.85, a loss) or a net return of 0.15 (ratio 1.15"), report);
    assertFalse(report.contains("i.e. a ratio of 1.15"), "the single reading is gone");
  }
}
