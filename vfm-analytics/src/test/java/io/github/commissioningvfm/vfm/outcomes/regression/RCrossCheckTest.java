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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces R's lm on a fixed dataset. The dataset, R's printed summary and its coefficient
 * table (with HC1 and HC3 standard errors computed by hand from the sandwich formulas) were
 * produced by benchmarks/peers/outcomes/ols-cross-check.R (R 4.2.2, Debian).
 *
 * <p>Tolerance: 1e-9 relative on estimates, standard errors and R-squared; R's table is printed to
 * 15 significant digits, and both sides solve a well-conditioned 6 x 6 system in double precision.
 */
class RCrossCheckTest {

  private static final String DIR = "/io/github/commissioningvfm/vfm/outcomes/regression/";
  private static final double REL = 1e-9;
  private static final Map<String, String> R_TO_OURS = Map.of(
      "(Intercept)", "(Intercept)", "sdq_initial", "baseline", "sessions_attended", "sessions",
      "genderM", "gender[M]", "pathwayAnger", "pathway[Anger]", "pathwayOther", "pathway[Other]");

  @Test
  void coefficientsAndStandardErrorsMatchR() throws Exception {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(
        ParticipantData.readCsv(resource("r-ols-data.csv"), schema)));
    assertEquals(150, change.size());
    OlsResult fit = OlsRegression.fit(change, DesignSpec.of(DesignSpec.Response.RAW_CHANGE)
        .withCategory("gender", "F").withCategory("pathway", "Anxiety"));
    List<String> rows = Files.readAllLines(resource("r-ols-coefficients.csv"), StandardCharsets.UTF_8);
    assertEquals(7, rows.size());
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
    String summary = Files.readString(resource("r-ols-summary.txt"), StandardCharsets.UTF_8);
    close(value(summary, "r.squared"), fit.rSquared().orElseThrow(), "R^2");
    close(value(summary, "adj.r.squared"), fit.adjustedRSquared().orElseThrow(), "adjusted R^2");
    close(value(summary, "sigma"), fit.sigma(), "sigma");
    assertEquals(150, fit.n());
    assertEquals(144, fit.residualDf());
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
