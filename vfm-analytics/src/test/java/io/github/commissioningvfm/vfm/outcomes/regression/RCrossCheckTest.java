package io.github.commissioningvfm.vfm.outcomes.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces R's lm on a fixed dataset. The dataset, R's printed summary and its coefficient
 * table (with HC1 and HC3 standard errors computed by hand from the sandwich formulas) were
 * produced by benchmarks/peers/outcomes/ols-cross-check.R (R 4.2.2, Debian): one model with
 * categorical covariates only, one adding the numeric covariate age, and R's descriptive table of
 * the numeric covariates.
 *
 * <p>Tolerance: 1e-9 relative on estimates, standard errors and R-squared; R's table is printed to
 * 15 significant digits, and both sides solve a well-conditioned 6 x 6 system in double precision.
 */
class RCrossCheckTest {

  private static final String DIR = "/io/github/commissioningvfm/vfm/outcomes/regression/";
  private static final double REL = 1e-9;
  private static final Map<String, String> R_TO_OURS = Map.of(
      "(Intercept)", "(Intercept)", "sdq_initial", "baseline", "sessions_attended", "sessions",
      "genderM", "gender[M]", "pathwayAnger", "pathway[Anger]", "pathwayOther", "pathway[Other]", "age", "age");

  @Test
  void coefficientsAndStandardErrorsMatchR() throws Exception {
    ChangeResult change = change();
    OlsResult fit = OlsRegression.fit(change, DesignSpec.of(DesignSpec.Response.RAW_CHANGE)
        .withCategory("gender", "F").withCategory("pathway", "Anxiety"));
    matches(fit, "r-ols", 7);
    assertEquals(144, fit.residualDf());
  }

  @Test
  void numericCovariateMatchesR() throws Exception {
    OlsResult fit = OlsRegression.fit(change(), ageSpec());
    assertEquals(List.of("(Intercept)", "baseline", "sessions", "age", "gender[M]", "pathway[Anger]",
        "pathway[Other]"), fit.coefficients().stream().map(OlsResult.Coefficient::term).toList());
    matches(fit, "r-ols-age", 8);
    assertEquals(143, fit.residualDf());
  }

  @Test
  void covariateTableMatchesR() throws Exception {
    CovariateTable table = CovariateTable.of(change(), ageSpec());
    List<String> rows = Files.readAllLines(resource("r-ols-age-describe.csv"), StandardCharsets.UTF_8);
    assertEquals(4, rows.size());
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split(",");
      CovariateTable.NumericSummary s = table.numeric(f[0].trim());
      assertEquals((long) num(f[1]), s.n(), f[0] + " n");
      close(num(f[2]), s.mean(), f[0] + " mean");
      close(num(f[3]), s.sd(), f[0] + " sd");
      close(num(f[4]), s.min(), f[0] + " min");
      close(num(f[5]), s.max(), f[0] + " max");
    }
    // counts per level, from the same data file
    List<String> data = Files.readAllLines(resource("r-ols-data.csv"), StandardCharsets.UTF_8);
    long anger = data.stream().filter(l -> l.split(",")[2].equals("Anger")).count();
    CovariateTable.LevelShare angerRow = table.categorical("pathway").levels().stream()
        .filter(l -> l.level().equals("Anger")).findFirst().orElseThrow();
    assertEquals(anger, angerRow.count());
    assertEquals(anger / 150.0, angerRow.share(), 1e-15);
    assertEquals(150, table.categorical("gender").levels().stream().mapToLong(CovariateTable.LevelShare::count).sum());
  }

  private static ChangeResult change() throws Exception {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(
        ParticipantData.readCsv(resource("r-ols-data.csv"), schema)));
    assertEquals(150, change.size());
    return change;
  }

  private static DesignSpec ageSpec() throws Exception {
    return DesignSpec.of(DesignSpec.Response.RAW_CHANGE).withNumeric(age())
        .withCategory("gender", "F").withCategory("pathway", "Anxiety");
  }

  /** Age is the seventh column of the data file; the participant id the first. */
  private static NumericCovariate age() throws Exception {
    List<String> data = Files.readAllLines(resource("r-ols-data.csv"), StandardCharsets.UTF_8);
    assertEquals("age", data.get(0).split(",")[6]);
    Map<String, Double> byId = new LinkedHashMap<>();
    for (String line : data.subList(1, data.size())) {
      String[] f = line.split(",");
      byId.put(f[0], num(f[6]));
    }
    return NumericCovariate.of("age", "years", byId);
  }

  private static void matches(OlsResult fit, String stem, int lines) throws Exception {
    List<String> rows = Files.readAllLines(resource(stem + "-coefficients.csv"), StandardCharsets.UTF_8);
    assertEquals(lines, rows.size());
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split(",");
      OlsResult.Coefficient c = fit.coefficient(R_TO_OURS.get(f[0].trim()));
      close(num(f[1]), c.estimate(), f[0] + " estimate");
      close(num(f[2]), c.classical().standardError(), f[0] + " se");
      close(num(f[3]), c.classical().t().orElseThrow(), f[0] + " t");
      close(num(f[5]), c.hc1().standardError(), f[0] + " HC1");
      close(num(f[6]), c.hc3().orElseThrow().standardError(), f[0] + " HC3");
      double p = num(f[4]);
      assertEquals(p, c.classical().p().orElseThrow(), Math.max(1e-12, 1e-6 * p), f[0] + " p");
    }
    String summary = Files.readString(resource(stem + "-summary.txt"), StandardCharsets.UTF_8);
    close(value(summary, "r.squared"), fit.rSquared().orElseThrow(), "R^2");
    close(value(summary, "adj.r.squared"), fit.adjustedRSquared().orElseThrow(), "adjusted R^2");
    close(value(summary, "sigma"), fit.sigma(), "sigma");
    assertEquals(150, fit.n());
    assertTrue(fit.aliased().isEmpty());
  }

  private static double value(String summary, String key) {
    for (String line : summary.split("\n")) {
      if (line.startsWith(key + " ")) {
        return num(line.substring(key.length()));
      }
    }
    throw new AssertionError("no " + key + " in R output");
  }

  private static double num(String s) {
    return Double.parseDouble(s.trim());
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.abs(expected), what);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(RCrossCheckTest.class.getResource(DIR + name).toURI());
  }
}
