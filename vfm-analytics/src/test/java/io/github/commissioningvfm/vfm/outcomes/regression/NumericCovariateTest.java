package io.github.commissioningvfm.vfm.outcomes.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumericCovariateTest {

  private static final String HEADER = "participant_id,b,f,sessions_attended,g,h\n";

  /** improvement = 1 + 0.5 sessions + 0.25 age exactly; g splits A and B. */
  private static String exactCsv(Map<String, Double> ages) {
    StringBuilder csv = new StringBuilder(HEADER);
    int[] s = {1, 2, 3, 4, 5, 6, 2, 5};
    double[] a = {8, 9.5, 11, 12, 14.2, 15, 16.7, 10};
    for (int i = 0; i < s.length; i++) {
      double imp = 1 + 0.5 * s[i] + 0.25 * a[i];
      csv.append("P").append(i).append(",30,").append(30 - imp).append(',').append(s[i])
          .append(i % 2 == 0 ? ",A" : ",B").append(",X\n");
      ages.put("P" + i, a[i]);
    }
    return csv.toString();
  }

  @Test
  void exactLineWithANumericCovariateIsRecovered() {
    Map<String, Double> ages = new LinkedHashMap<>();
    String csv = exactCsv(ages);
    OlsResult fit = OlsRegression.fit(OlsRegressionTest.change(csv), new DesignSpec(DesignSpec.Response.IMPROVEMENT,
        false, true, List.of(NumericCovariate.of("age", "years", ages)), Map.of()));
    assertEquals(1.0, fit.coefficient("(Intercept)").estimate(), 1e-10);
    assertEquals(0.5, fit.coefficient("sessions").estimate(), 1e-10);
    assertEquals(0.25, fit.coefficient("age").estimate(), 1e-10);
  }

  @Test
  void missingValueNamesCovariateParticipantFileAndLine() {
    Map<String, Double> ages = new LinkedHashMap<>();
    String csv = exactCsv(ages);
    ages.remove("P3");
    DesignSpec spec = DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withNumeric(NumericCovariate.of("age", "years",
        ages));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OlsRegression.fit(OlsRegressionTest.change(csv), spec));
    assertEquals("Numeric covariate 'age' has no value for participant 'P3' (t.csv, line 5); every analysed"
        + " participant needs one", e.getMessage());
  }

  @Test
  void namesMustNotClash() {
    IllegalArgumentException builtIn = assertThrows(IllegalArgumentException.class,
        () -> NumericCovariate.of("sessions", "sessions", Map.of("P1", 1.0)));
    assertTrue(builtIn.getMessage().contains("differ from the built-in columns"), builtIn.getMessage());
    NumericCovariate age = NumericCovariate.of("age", "years", Map.of("P1", 1.0));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withNumeric(age).withNumeric(age));
    assertTrue(twice.getMessage().contains("have names distinct"), twice.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> NumericCovariate.of("age", "years", Map.of("P1", Double.NaN)));
    assertTrue(nan.getMessage().contains("value of 'age' for participant 'P1'"), nan.getMessage());
    assertEquals("NumericCovariate[age (years), 1 participants]", age.toString());
  }

  @Test
  void covariateTablePrintsAndRoundTripsThroughJson() throws Exception {
    Map<String, Double> ages = new LinkedHashMap<>();
    String csv = exactCsv(ages);
    DesignSpec spec = DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withNumeric(NumericCovariate.of("age", "years",
        ages)).withCategory("g", "A");
    CovariateTable table = CovariateTable.of(OlsRegressionTest.change(csv), spec);
    assertEquals(8, table.n());
    CovariateTable.NumericSummary sessions = table.numeric("sessions");
    assertEquals(3.5, sessions.mean(), 1e-12);            // (1+2+3+4+5+6+2+5)/8 = 28/8
    assertEquals(1.0, sessions.min(), 0);
    assertEquals(6.0, sessions.max(), 0);
    // sum of squared deviations = 6.25+2.25+0.25+0.25+2.25+6.25+2.25+2.25 = 22; sd = sqrt(22/7)
    assertEquals(Math.sqrt(22.0 / 7), sessions.sd(), 1e-12);
    assertEquals(List.of(new CovariateTable.LevelShare("A", 4, 0.5), new CovariateTable.LevelShare("B", 4, 0.5)),
        table.categorical("g").levels());
    String text = table.toString();
    assertTrue(text.contains("age                      years"), text);
    assertTrue(text.contains("g (reference A)"), text);
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(table, mapper.readValue(mapper.writeValueAsString(table), CovariateTable.class));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.numeric("weight"));
    assertEquals("No numeric covariate 'weight'; described: [baseline, sessions, age]", e.getMessage());
  }
}
