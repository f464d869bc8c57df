package io.github.commissioningvfm.vfm.outcomes.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OlsRegressionTest {

  static ChangeResult change(String csv) {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("b", "f").categories("g", "h").build();
    return ChangeAnalysis.of(Cleaner.standard().clean(ParticipantData.readCsv(new StringReader(csv), "t.csv", schema)));
  }

  @Test
  void exactLineIsRecoveredByHand() {
    // improvement = b - f = 2 + 1.5 * sessions exactly, plus 0 for the other terms
    StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended,g,h\n");
    int[] s = {1, 2, 3, 4, 5, 6};
    for (int i = 0; i < s.length; i++) {
      double imp = 2 + 1.5 * s[i];
      csv.append("P").append(i).append(",20,").append(20 - imp).append(',').append(s[i]).append(",A,B\n");
    }
    OlsResult fit = OlsRegression.fit(change(csv.toString()), new DesignSpec(DesignSpec.Response.IMPROVEMENT, false,
        true, java.util.Map.of()));
    assertEquals(2.0, fit.coefficient("(Intercept)").estimate(), 1e-10);
    assertEquals(1.5, fit.coefficient("sessions").estimate(), 1e-10);
    assertEquals(1.0, fit.rSquared().orElseThrow(), 1e-12);
  }

  @Test
  void collinearColumnIsReportedAsAliasedNotNaN() {
    // baseline is the same for everyone, so it is collinear with the intercept
    String csv = "participant_id,b,f,sessions_attended,g,h\nP1,20,15,2,A,X\nP2,20,12,4,B,X\nP3,20,14,3,A,Y\n"
        + "P4,20,10,6,B,Y\nP5,20,13,4,A,X\n";
    OlsResult fit = OlsRegression.fit(change(csv), DesignSpec.of(DesignSpec.Response.IMPROVEMENT));
    assertEquals(List.of("baseline"), fit.aliased());
    assertEquals(2, fit.rank());
    assertTrue(fit.notes().stream().anyMatch(n -> n.startsWith("Not estimable (aliased")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.coefficient("baseline"));
    assertEquals("No estimated coefficient 'baseline'; estimated: [(Intercept), sessions]; aliased: [baseline]",
        e.getMessage());
  }

  @Test
  void hc3IsWithheldWhenARowHasLeverageOne() {
    // level B of g occurs once, so its dummy fits that row exactly (leverage 1): HC3 is undefined
    String csv = "participant_id,b,f,sessions_attended,g,h\nP1,20,15,2,A,X\nP2,22,12,4,A,X\nP3,18,14,3,A,Y\n"
        + "P4,25,10,6,A,Y\nP5,21,13,5,A,X\nP6,24,9,4,B,X\n";
    OlsResult fit = OlsRegression.fit(change(csv), DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withCategory("g", "A"));
    assertTrue(fit.coefficient("g[B]").hc3().isEmpty());
    assertTrue(fit.notes().contains("HC3 standard errors are not reported: 1 row(s) have leverage 1 (the fit passes"
        + " exactly through them)."));
  }

  @Test
  void covariateWithOneLevelIsAClearError() {
    String csv = "participant_id,b,f,sessions_attended,g,h\nP1,20,15,2,A,X\nP2,22,12,4,A,X\nP3,18,14,3,A,Y\n"
        + "P4,25,10,6,A,Y\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OlsRegression.fit(change(csv), DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withCategory("g", "A")));
    assertEquals("Covariate 'g' has a single level [A] among the 4 analysed rows of 't.csv'; it cannot be estimated:"
        + " remove it from the model", e.getMessage());
  }

  @Test
  void unknownReferenceLevelAndTooFewRowsAreClearErrors() {
    String csv = "participant_id,b,f,sessions_attended,g,h\nP1,20,15,2,A,X\nP2,22,12,4,B,X\nP3,18,14,3,A,Y\n";
    IllegalArgumentException ref = assertThrows(IllegalArgumentException.class,
        () -> OlsRegression.fit(change(csv), DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withCategory("g", "C")));
    assertEquals("Argument 'referenceLevel of 'g'' must be one of the levels present [A, B]: C", ref.getMessage());
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
        () -> OlsRegression.fit(change(csv), DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withCategory("g", "A")));
    // three rows can support at most three columns, so the fourth is aliased and df would be 0
    assertEquals("Regression has n = 3 observations for 3 estimable coefficients [(Intercept), baseline, sessions,"
        + " g[B]]: at least 4 are needed for residual degrees of freedom", few.getMessage());
  }
}
