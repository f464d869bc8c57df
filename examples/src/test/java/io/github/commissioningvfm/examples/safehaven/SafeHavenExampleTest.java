package io.github.commissioningvfm.examples.safehaven;

import static io.github.commissioningvfm.examples.ReportAssertions.assertDecimal;
import static io.github.commissioningvfm.examples.ReportAssertions.assertRatio;
import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static io.github.commissioningvfm.examples.ReportAssertions.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.UnitCostBasis;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's figures, recomputed by hand from {@code input.csv} and the published unit costs.
 *
 * <p>Published figures used (unit-costs-sources.md sections 2.1, 2.3 and 4): NHS England National Cost
 * Collection 2023/24 and 2024/25 national schedules: emergency care, activity-weighted over all HRGs, GBP 272.97
 * and GBP 280.17; ambulance see and treat (currency 02), GBP 326.99 and GBP 364.35; ambulance hear and treat
 * (currency 01), GBP 65.56 and GBP 62.37; mental health care contact A06 (2024/25 only), GBP 278.91. PSSRU Unit
 * Costs of Health and Social Care 2022, 2023 and 2024, table 9.4.2, GP surgery consultation with qualifications:
 * GBP 41 (2021/22 prices), GBP 49 (2022/23), GBP 45 (2023/24). HM Treasury GDP deflator, March 2026: 2020/21
 * 85.1002, 2021/22 85.3036, 2022/23 91.2996, 2023/24 96.1117, 2024/25 100.
 */
class SafeHavenExampleTest {

  private static final List<String> YEARS = List.of("2020/21", "2021/22", "2022/23", "2023/24", "2024/25");
  private static final Map<String, BigDecimal> DEFLATOR = Map.of("2020/21", new BigDecimal("85.1002"),
      "2021/22", new BigDecimal("85.3036"), "2022/23", new BigDecimal("91.2996"), "2023/24", new BigDecimal("96.1117"),
      "2024/25", new BigDecimal("100"));

  @TempDir
  static Path reports;
  static Path folder;
  static JsonNode result;
  static String report;
  static SafeHavenExample.Analysis recomputed;
  /** year -> alternative -> contacts analysed, counted from input.csv by hand. */
  static Map<String, Map<String, Long>> counts = new TreeMap<>();

  @BeforeAll
  static void runMainThenCountInputCsvByHand() throws IOException {
    SafeHavenExample.main(new String[] {reports.toString()});
    folder = reports.resolve("safe-haven");
    result = assertReportFolder(folder, SafeHavenSynthetic.COLUMNS);
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(folder);
    report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    recomputed = SafeHavenExample.analyse(folder.resolve("input.csv"), SafeHavenSynthetic.Parameters.standard(),
        Progress.silent());
    List<String[]> rows = readCsv(folder.resolve("input.csv"));
    List<String> header = List.of(rows.get(0));
    int year = header.indexOf("financial_year");
    int attended = header.indexOf("attended");
    int alternative = header.indexOf("alternative");
    for (String[] r : rows.subList(1, rows.size())) {
      if (r[attended].equals("yes") && !r[alternative].isBlank()) {
        counts.computeIfAbsent(r[year], y -> new TreeMap<>()).merge(r[alternative], 1L, Long::sum);
      }
    }
  }

  /** The published value rebased with the deflator from {@code from} prices to {@code to} prices. */
  private static BigDecimal rebased(String value, String from, String to) {
    return new BigDecimal(value).multiply(DEFLATOR.get(to).divide(DEFLATOR.get(from), MathContext.DECIMAL128));
  }

  /** The unit cost for contacts of a year on the evaluation's basis, by hand. */
  private static BigDecimal unitCost(String alternative, String year) {
    return switch (alternative) {
      case "A&E" -> year.equals("2024/25") ? new BigDecimal("280.17") : rebased("272.97", "2023/24", year);
      case "Ambulance" -> year.equals("2024/25") ? new BigDecimal("364.35") : rebased("326.99", "2023/24", year);
      case "AMHT" -> rebased("278.91", "2024/25", year);
      case "GP" -> switch (year) {
        case "2020/21", "2021/22" -> rebased("41", "2021/22", year);
        case "2022/23" -> new BigDecimal("49");
        default -> rebased("45", "2023/24", year);
      };
      default -> BigDecimal.ZERO;
    };
  }

  private static BigDecimal programmeCost(String year) {
    return SafeHavenSynthetic.Parameters.standard().programmeCost().get(FinancialYear.parse(year)).amount().amount();
  }

  private static long contacts(String year) {
    return counts.get(year).values().stream().mapToLong(Long::longValue).sum();
  }

  private static BigDecimal avoided(String year, Map<String, BigDecimal> extra) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, Long> e : counts.get(year).entrySet()) {
      BigDecimal unit = extra.containsKey(e.getKey()) ? extra.get(e.getKey()) : unitCost(e.getKey(), year);
      sum = sum.add(unit.multiply(BigDecimal.valueOf(e.getValue())));
    }
    return sum;
  }

  private static String money(BigDecimal amount) {
    return Money.of(amount.setScale(2, RoundingMode.HALF_UP)).format();
  }

  private static JsonNode entry(String field, String alternative, String year) {
    for (JsonNode n : result.get(field)) {
      if (n.get("alternative").asText().equals(alternative) && (year == null
          || n.get("financial_year").asText().equals(year))) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " entry for " + alternative + " " + year);
  }

  @Test
  void everyContactIsAccountedFor() {
    // 13,409 recorded contacts (Sever 2025, section 3.3.4.3.2).
    assertEquals(13_409, result.get("rows_in").asLong());
    long excluded = 0;
    for (JsonNode count : result.get("exclusions")) {
      excluded += count.asLong();
    }
    assertEquals(13_409, result.get("rows_analysed").asLong() + excluded);
    long byHand = YEARS.stream().mapToLong(SafeHavenExampleTest::contacts).sum();
    assertEquals(byHand, result.get("rows_analysed").asLong());
    assertEquals(byHand, result.get("overall").get("contacts_analysed").asLong());
  }

  @Test
  void eachYearIsRecomputedByHandInItsOwnPrices() {
    assertEquals(YEARS.size(), result.get("by_year").size());
    for (int i = 0; i < YEARS.size(); i++) {
      String year = YEARS.get(i);
      JsonNode json = result.get("by_year").get(i);
      assertEquals(year, json.get("financial_year").asText());
      assertEquals(year, json.get("price_base").asText(), "each year in its own prices");
      assertEquals(contacts(year), json.get("contacts_analysed").asLong());
      BigDecimal avoided = avoided(year, Map.of());
      assertDecimal(avoided.setScale(2, RoundingMode.HALF_UP), json.get("avoided_cost"), "avoided " + year);
      assertDecimal(programmeCost(year), json.get("programme_cost"), "programme cost " + year);
      double ratio = avoided.divide(programmeCost(year), MathContext.DECIMAL128).doubleValue();
      assertRatio(ratio, json.get("roi_ratio"), "ROI ratio " + year);
      assertRatio(ratio - 1, json.get("net_roi"), "net ROI " + year);
      // the report's row for the year carries the same figures, in words and pounds
      assertTrue(report.contains("| " + year + " | " + String.format(Locale.ROOT, "%,d", contacts(year)) + " | "
          + money(programmeCost(year)) + " | " + money(avoided) + " | "
          + String.format(Locale.ROOT, "£%.2f | %+.1f%% |", ratio, 100 * (ratio - 1))), year);
    }
  }

  @Test
  void eachAlternativesRoiIsItsUnitCostOverTheProgrammeCostPerContact() {
    for (String year : YEARS) {
      BigDecimal perContact = programmeCost(year).divide(BigDecimal.valueOf(contacts(year)), MathContext.DECIMAL128);
      for (String alternative : counts.get(year).keySet()) {
        JsonNode json = entry("by_alternative_and_year", alternative, year);
        double ratio = unitCost(alternative, year).divide(perContact, MathContext.DECIMAL128).doubleValue();
        assertRatio(ratio, json.get("roi_ratio"), alternative + " " + year);
        assertRatio(ratio - 1, json.get("net_roi"), alternative + " " + year);
        assertDecimal(perContact.setScale(2, RoundingMode.HALF_UP), json.get("programme_cost_per_contact"),
            "cost per contact " + year);
      }
    }
    // the evaluation's example: A&E in 2024/25 = 280.17 / (235,000 / contacts analysed in 2024/25)
    double ae = 280.17 * contacts("2024/25") / 235_000.0;
    assertRatio(ae, entry("by_alternative_and_year", "A&E", "2024/25").get("roi_ratio"), "ROI ratio");
    assertTrue(ae > 1, "an A&E attendance costs more than a Safe Haven contact");
    // beside it, the same over the cost per attended contact (235,000 / attended contacts in 2024/25)
    BigDecimal perAttended = programmeCost("2024/25").divide(BigDecimal.valueOf(result.get("benchmark")
        .get("attended_contacts").asLong()), 2, RoundingMode.HALF_UP);
    assertTrue(report.contains(String.format(Locale.ROOT, "an A&E attendance would be £%.2f per £1 rather than £%.2f.",
        280.17 / perAttended.doubleValue(), ae)), report);
    // all years: mean unit cost in 2024/25 prices / all-years programme cost per contact
    BigDecimal totalProgramme = BigDecimal.ZERO;
    BigDecimal aeAvoided = BigDecimal.ZERO;
    long aeContacts = 0;
    long all = 0;
    for (String year : YEARS) {
      totalProgramme = totalProgramme.add(rebased(programmeCost(year).toPlainString(), year, "2024/25"));
      long n = counts.get(year).getOrDefault("A&E", 0L);
      aeAvoided = aeAvoided.add(rebased(unitCost("A&E", year).toPlainString(), year, "2024/25")
          .multiply(BigDecimal.valueOf(n)));
      aeContacts += n;
      all += contacts(year);
    }
    double overall = aeAvoided.divide(BigDecimal.valueOf(aeContacts), MathContext.DECIMAL128)
        .divide(totalProgramme.divide(BigDecimal.valueOf(all), MathContext.DECIMAL128), MathContext.DECIMAL128)
        .doubleValue();
    assertRatio(overall, entry("by_alternative", "A&E", null).get("roi_ratio"), "ROI ratio");
    assertTrue(report.contains(String.format(Locale.ROOT, "| A&E attendance | £%.2f |", unitCost("A&E",
        "2020/21").doubleValue() * contacts("2020/21") / programmeCost("2020/21").doubleValue())), report);
    assertTrue(report.contains(String.format(Locale.ROOT, "| £%.2f | %+.1f%% | %,d |", overall, 100 * (overall - 1),
        aeContacts)), report);
  }

  @Test
  void theAllYearsFigureRebasesEachYearWithTheDeflatorAndMatchesTheBottomLine() {
    BigDecimal programme = BigDecimal.ZERO;
    BigDecimal avoided = BigDecimal.ZERO;
    for (String year : YEARS) {
      programme = programme.add(rebased(programmeCost(year).toPlainString(), year, "2024/25"));
      avoided = avoided.add(avoided(year, Map.of()).multiply(DEFLATOR.get("2024/25")
          .divide(DEFLATOR.get(year), MathContext.DECIMAL128)));
    }
    JsonNode overall = result.get("overall");
    assertDecimal(programme.setScale(2, RoundingMode.HALF_UP), overall.get("programme_cost"), "programme");
    assertDecimal(avoided.setScale(2, RoundingMode.HALF_UP), overall.get("avoided_cost"), "avoided");
    double ratio = avoided.divide(programme, MathContext.DECIMAL128).doubleValue();
    assertRatio(ratio, overall.get("roi_ratio"), "ROI ratio");
    String bottomLine = report.substring(report.indexOf("## Bottom line"), report.indexOf("## Return by year"));
    assertTrue(bottomLine.contains("Safe Haven cost " + money(programme) + " over the five financial years 2020/21 "
        + "to 2024/25 (in 2024/25 prices)"), bottomLine);
    assertTrue(bottomLine.contains("the services they would have used cost " + money(avoided)), bottomLine);
    assertTrue(bottomLine.contains(String.format(Locale.ROOT, "Every £1 spent on Safe Haven avoided £%.2f of other "
        + "services' cost: a net return of %+.1f%%", ratio, 100 * (ratio - 1))), bottomLine);
    assertTrue(bottomLine.indexOf("**What it cost.**") < bottomLine.indexOf("**What it achieved.**")
        && bottomLine.indexOf("**What it achieved.**") < bottomLine.indexOf("**How sure we are.**"), bottomLine);
    String sure = ratio >= 1 ? "as long as at least" : "Even if every stated alternative would really have happened";
    assertTrue(bottomLine.contains(sure), bottomLine);
  }

  @Test
  void theNhs111SensitivityValuesEachCallAtTheHearAndTreatIncident() {
    BigDecimal programme = BigDecimal.ZERO;
    BigDecimal avoided = BigDecimal.ZERO;
    for (String year : YEARS) {
      BigDecimal proxy = year.equals("2024/25") ? new BigDecimal("62.37") : rebased("65.56", "2023/24", year);
      programme = programme.add(rebased(programmeCost(year).toPlainString(), year, "2024/25"));
      avoided = avoided.add(avoided(year, Map.of("111", proxy)).multiply(DEFLATOR.get("2024/25")
          .divide(DEFLATOR.get(year), MathContext.DECIMAL128)));
    }
    JsonNode proxy = result.get("sensitivity").get("nhs_111_at_proxy");
    assertRatio(avoided.divide(programme, MathContext.DECIMAL128).doubleValue(), proxy.get("roi_ratio"),
        "ROI ratio with NHS 111 at the proxy");
    assertDecimal(new BigDecimal("62.37"), proxy.get("unit_cost"), "NCC 2024/25 hear and treat");
    assertFalse(proxy.get("why").asText().contains("A19 24/7"), "a crisis line is not the proxy");
    assertTrue(report.contains("The mental health crisis line (NCC A19) is not used"), report);
  }

  @Test
  void theBasisIsStatedAndEachValueNamesItsEditionOrRebasing() throws IOException {
    assertEquals("each year's own published edition", result.get("unit_cost_basis").asText());
    assertTrue(report.contains("Basis used: **each year's own published edition**"), report);
    JsonNode gp = entry("by_alternative_and_year", "GP", "2022/23");
    assertDecimal(new BigDecimal("49.00"), gp.get("unit_cost"), "PSSRU 2023 table 9.4.2");
    assertEquals("PSSRU Unit Costs 2023 (that year's own edition)", gp.get("unit_cost_from").asText());
    JsonNode ae = entry("by_alternative_and_year", "A&E", "2021/22");
    assertDecimal(rebased("272.97", "2023/24", "2021/22").setScale(2, RoundingMode.HALF_UP), ae.get("unit_cost"),
        "NCC 2023/24 rebased");
    assertEquals("National Cost Collection 2023/24 rebased from 2023/24 prices with the GDP deflator",
        ae.get("unit_cost_from").asText());
    assertTrue(report.contains("£280.17 — National Cost Collection 2024/25 (that year's own edition)"), report);
    // the other basis, one edition rebased: A&E in 2023/24 is the 2024/25 value deflated
    SafeHavenExample.Analysis latest = SafeHavenExample.analyse(folder.resolve("input.csv"),
        SafeHavenSynthetic.Parameters.standard(), UnitCostBasis.Edition.LATEST_EDITION, Progress.silent());
    AlternativeYear ae23 = latest.roi().alternatives().stream()
        .filter(r -> r.alternative().equals("A&E") && r.year().equals(FinancialYear.parse("2023/24")))
        .findFirst().orElseThrow();
    assertEquals(0, rebased("280.17", "2024/25", "2023/24").round(MathContext.DECIMAL64)
        .compareTo(ae23.unitCost().map(Cost::amount).orElseThrow().amount().round(MathContext.DECIMAL64)));
    assertEquals(latest.programme().total().roiRatio(), recomputed.onOtherBasis().options().get(0).total().roiRatio());
  }

  @Test
  void theBoardSectionsUseWordsUnitsAndOneMoneyStyle() {
    String board = report.substring(0, report.indexOf("## The published evaluation"));
    assertFalse(board.contains("GBP"), "money as £");
    Matcher identifier = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]+_[A-Z_]+\\b|\\bncc\\.|\\bpssru\\.")
        .matcher(board);
    assertFalse(identifier.find(), () -> "identifier in the report: " + identifier.group());
    Matcher pounds = Pattern.compile("£[0-9]+(,[0-9]{3})*(\\.[0-9]+)?").matcher(board);
    int seen = 0;
    while (pounds.find()) {
      seen++;
      String amount = pounds.group();
      assertTrue(amount.matches("£[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}") || amount.equals("£1"),
          "money style £1,234.56: " + amount);
    }
    assertTrue(seen > 50, "money figures checked: " + seen);
    assertTrue(report.startsWith("# Safe Haven: what the service cost and what it saved elsewhere\n\n## Bottom line"),
        report.substring(0, 120));
  }

  @Test
  void everyAlternativeIsEitherCostedOrDeclaredZeroWithAReason() {
    Set<String> seen = new HashSet<>();
    for (JsonNode r : result.get("by_alternative_and_year")) {
      seen.add(r.get("alternative").asText());
      if (r.has("declared_zero")) {
        assertFalse(r.get("declared_zero").asText().isBlank(), r.toString());
        assertEquals(0, r.get("unit_cost").decimalValue().signum());
      } else {
        assertTrue(r.get("unit_cost").decimalValue().signum() > 0, r.toString());
        assertFalse(r.get("source").asText().isBlank(), r.toString());
      }
    }
    assertEquals(Set.copyOf(SafeHavenSynthetic.ALTERNATIVES), seen);
    assertTrue(result.get("overall").get("complete").asBoolean(), "no unvalued alternative");
  }

  @Test
  void costPerContactSitsBesideTheNccA21Benchmark() {
    // NCC 2024/25 MH care contact A21 Crisis Cafe/Safe Haven/Sanctuary: GBP 290.84 per contact
    // (unit-costs-sources.md section 2.1).
    JsonNode benchmark = result.get("benchmark");
    assertDecimal(new BigDecimal("290.84"), benchmark.get("value"), "A21 benchmark");
    BigDecimal perContact = programmeCost("2024/25").divide(BigDecimal.valueOf(benchmark.get("attended_contacts")
        .asLong()), 2, RoundingMode.HALF_UP);
    assertDecimal(perContact, benchmark.get("programme_cost_per_attended_contact"), "cost per attended contact");
    assertTrue(report.contains("| Safe Haven (synthetic) | " + Money.of(perContact).format() + " |"), report);
  }

  @Test
  void publishedReturnIsShownUnderBothReadingsAndAudited() {
    // "ROI 15%" under ROI = savings / cost (Sever 2025, sections 2.1.2.3 and 3.3.4.3.2): 0.15 as a
    // ratio (net -0.85) or 0.15 as a net return (ratio 1.15)
    JsonNode context = result.get("published_context");
    assertTrue(context.get("source").asText().contains("not our result"));
    assertEquals("15%", context.get("printed").asText());
    assertEquals(0.15, context.get("read_as_ratio").get("roi_ratio").doubleValue(), 0.0);
    assertEquals(-0.85, context.get("read_as_ratio").get("net_roi").doubleValue(), 0.0);
    assertEquals(1.15, context.get("read_as_net_return").get("roi_ratio").doubleValue(), 0.0);
    assertEquals(0.15, context.get("read_as_net_return").get("net_roi").doubleValue(), 0.0);
    assertTrue(report.contains("## Checks of the published figures"), report);
    assertTrue(report.contains("a ratio of 0.15 (net ROI -0.85, a loss) or a net return of 0.15 (ratio 1.15"), report);
  }
}
