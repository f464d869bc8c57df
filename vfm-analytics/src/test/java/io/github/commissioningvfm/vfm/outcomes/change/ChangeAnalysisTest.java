package io.github.commissioningvfm.vfm.outcomes.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChangeAnalysisTest {

  static CleanedData small() throws Exception {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    return Cleaner.standard().clean(ParticipantData.readCsv(Path.of(ChangeAnalysisTest.class
        .getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv").toURI()), schema));
  }

  @Test
  void lowerIsBetterChangeIsOrientedSoImprovementIsPositive() throws Exception {
    ChangeResult c = ChangeAnalysis.of(small());
    // included: 20->12, 18->15, 25->20, 30->18, 19->11 => improvements 8, 3, 5, 12, 8
    assertEquals(5, c.size());
    assertEquals(20 - 12, c.improvement(0));
    assertEquals((8 + 3 + 5 + 12 + 8) / 5.0, c.meanImprovement().valueOrThrow(), 1e-12);
    assertEquals(-(8 + 3 + 5 + 12 + 8) / 5.0, c.meanRawChange().valueOrThrow(), 1e-12);
    // t interval: mean 7.2, s = sqrt(((0.8)^2 + 4.2^2 + 2.2^2 + 4.8^2 + 0.8^2) / 4), t(0.975, 4) = 2.776445
    double s = Math.sqrt((0.64 + 17.64 + 4.84 + 23.04 + 0.64) / 4);
    double half = 2.7764451051977987 * s / Math.sqrt(5);
    assertEquals(7.2 - half, c.meanImprovement().interval().orElseThrow().lower(), 1e-9);
    // SDQ has no verified reliable change threshold: categories fall back to the sign, and say so
    assertEquals(5, c.categories().improved());
    assertTrue(c.categories().basis().startsWith("sign of the change"));
    assertFalse(c.proportionMeaningful().isDefined());
    assertEquals("sdq-total has no clinically meaningful change threshold; supply one with "
        + "OutcomeMeasure.withMeaningfulChange", c.proportionMeaningful().undefinedBecause().orElseThrow());
  }

  @Test
  void thresholdsClassifyReliableAndMeaningfulChange() throws Exception {
    ChangeResult c = ChangeAnalysis.of(small(), StandardOutcomeMeasures.SDQ_TOTAL
        .withReliableChange(new ChangeThreshold(6, "test threshold"))
        .withMeaningfulChange(new ChangeThreshold(8, "test threshold")));
    // improvements 8, 3, 5, 12, 8: >= 6 -> 3 improved; none <= -6; 2 unchanged; >= 8 -> 3 meaningful
    assertEquals(3, c.categories().improved());
    assertEquals(2, c.categories().unchanged());
    assertEquals(0, c.categories().deteriorated());
    assertEquals(3, c.meaningfulCount());
    assertEquals(3 / 5.0, c.proportionMeaningful().valueOrThrow(), 1e-12);
    assertTrue(c.meaningful(0));
    assertFalse(c.meaningful(1));
  }

  @Test
  void allRowsExcludedIsAClearError() {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("b", "f").build();
    CleanedData c = Cleaner.standard().clean(ParticipantData.readCsv(
        new StringReader("participant_id,b,f,sessions_attended\nA,10,5,0\nB,#REF!,4,3\n"), "all-out.csv", schema));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChangeAnalysis.of(c));
    assertTrue(e.getMessage().startsWith("All 2 rows of 'all-out.csv' were excluded; nothing to analyse."),
        e.getMessage());
  }
}
