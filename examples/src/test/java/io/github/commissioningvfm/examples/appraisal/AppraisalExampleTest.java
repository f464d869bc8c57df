package io.github.commissioningvfm.examples.appraisal;

import static io.github.commissioningvfm.examples.ReportAssertions.assertMoney;
import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.examples.ReportAssertions;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.vfm.cba.CbaOptionResult;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.uncertainty.PsaSummary;
import io.github.commissioningvfm.vfm.uncertainty.TornadoRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppraisalExampleTest {

  @TempDir
  static Path reports;
  static JsonNode result;
  static AppraisalExample.Results recomputed;

  @BeforeAll
  static void runMainThenRecompute() throws IOException {
    AppraisalExample.main(new String[] {reports.toString()});
    result = assertReportFolder(reports.resolve("appraisal"),
        List.of("input", "base", "low", "high", "distribution", "unit_and_source"));
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(reports.resolve("appraisal"));
    // unit costs as published: PSSRU 2024 GP consultation GBP 45 in 2023/24 prices (unit-costs-sources.md, section 2.1)
    String csv = java.nio.file.Files.readString(reports.resolve("appraisal").resolve("input.csv"));
    assertTrue(csv.contains("pssru.gp.consultation.with-qualifications,45.00,,,fixed,\"GBP per unit as published, "
        + "2023/24 prices"), csv);
    assertTrue(csv.lines().allMatch(l -> !l.matches(".*\\d\\.\\d{7,}.*")), "no long decimals in input.csv: " + csv);
    recomputed = AppraisalExample.analyse(Progress.silent());
  }

  @Test
  void baseCaseIsWhatTheLibraryComputes() {
    CbaOptionResult fund = recomputed.baseCase().option(AppraisalExample.FUND);
    JsonNode option = result.get("option");
    assertMoney(fund.npsv().toMoney(), option.get("npsv"), "NPSV");
    assertMoney(fund.pvCosts().toMoney(), option.get("pv_costs"), "PV costs");
    ReportAssertions.assertRatio(((Figure.Ratio) fund.bcr()).value().doubleValue(), option.get("bcr"), "BCR");
    assertEquals(fund.perspectives().size(), option.get("perspectives").size());
  }

  @Test
  void baseCaseMatchesAHandCalculationFromThePublishedUnitCosts() {
    // Unit costs: NCC 2024/25 emergency care GBP 280.17, CMHT functional 278.91, ambulance see and treat
    // 364.35 [D]; PSSRU 2024 (2023/24 prices) GP consultation GBP 45 [P], rebased with the GDP deflator
    // 100 / 96.1117 (unit-costs-sources.md sections 1.3.1, 2.1 and 4).
    double gp = 45 * 100 / 96.1117;
    double avoidedPerYear = 500 * 280.17 + 350 * 278.91 + 90 * 364.35 + 250 * gp;
    double benefitsPerYear = avoidedPerYear * (1 - 0.2) * (1 - 0.1) + 20_000;  // deadweight 0.2, attribution 0.1
    double costsPerYear = 235_000 * 1.10;                                       // 10% optimism bias
    double factors = 0;
    for (int t = 0; t < 10; t++) {
      factors += Math.pow(1.035, -t);                                           // Green Book 3.5%, years 0-30
    }
    double npv = (benefitsPerYear - costsPerYear) * factors;
    assertEquals(npv, result.get("option").get("npsv").doubleValue(), 0.01);
  }

  @Test
  void tornadoAndPsaAreWhatTheLibraryComputes() {
    List<TornadoRow> rows = recomputed.tornado().tornado();
    assertEquals(rows.size(), result.get("tornado").size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).input(), result.get("tornado").get(i).get("input").asText());
      assertMoney(((Figure.Amount) rows.get(i).swing()).cost().toMoney(), result.get("tornado").get(i).get("swing"),
          "swing");
    }
    PsaSummary psa = recomputed.psa().summary(AppraisalExample.FUND, CbaStrategy.NPSV.id());
    assertMoney(((Figure.Amount) psa.mean()).cost().toMoney(), result.get("psa").get("mean_npv"), "mean NPSV");
    assertEquals(((Figure.Share) psa.probabilityAboveTarget()).value(),
        result.get("psa").get("probability_npv_positive").doubleValue(), 0.0);
    List<AcceptabilityPoint> curve = recomputed.psa().acceptability();
    assertEquals(AppraisalExample.THRESHOLDS.size(), result.get("acceptability").size());
    for (int i = 0; i < curve.size(); i++) {
      double p = curve.get(i).probabilityBest().get(AppraisalExample.FUND);
      assertEquals(p, result.get("acceptability").get(i).get("probability_best").get(AppraisalExample.FUND)
          .doubleValue(), 0.0);
    }
  }

  @Test
  void theAcceptabilityCurveRisesWithTheValueOfBenefits() {
    double previous = -1;
    for (JsonNode point : result.get("acceptability")) {
      double p = point.get("probability_best").get(AppraisalExample.FUND).doubleValue();
      assertTrue(p >= previous, "non-decreasing: " + p + " after " + previous);
      previous = p;
    }
  }
}
