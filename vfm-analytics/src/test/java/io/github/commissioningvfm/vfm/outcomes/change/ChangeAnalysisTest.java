package io.github.commissioningvfm.vfm.outcomes.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.List;
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

  /** Improvements (lower is better) 8, 0, -3, 2, -1: two improved, one unchanged, two deteriorated. */
  private static final String MIXED = """
      participant_id,b,f,sessions_attended
      A,20,12,4
      B,15,15,3
      C,10,13,2
      D,18,16,5
      E,10,11,3
      """;

  static CleanedData mixed(String csv) {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("b", "f").build();
    return Cleaner.standard().clean(ParticipantData.readCsv(new StringReader(csv), "mixed.csv", schema));
  }

  @Test
  void withoutAReliableChangeThresholdNoChangeIsUnchangedAndAnyWorseningIsDeterioration() {
    ChangeCategories c = ChangeAnalysis.of(mixed(MIXED)).categories();
    assertEquals(2, c.improved());
    assertEquals(1, c.unchanged());
    assertEquals(2, c.deteriorated());
    assertEquals(5, c.total());
    assertEquals(2 / 5.0, c.proportionDeteriorated().valueOrThrow(), 1e-12);
    assertEquals("unchanged / n; sign of the change: sdq-total has no reliable change threshold, so any"
        + " improvement counts, however small", c.proportionUnchanged().definition());
  }

  @Test
  void aReliableChangeThresholdClassifiesAtItsBoundary() {
    // threshold 3: 8 improved; 0, 2 and -1 unchanged; -3 (exactly at -3) deteriorated
    ChangeResult r = ChangeAnalysis.of(mixed(MIXED), StandardOutcomeMeasures.SDQ_TOTAL
        .withReliableChange(new ChangeThreshold(3, "test threshold")));
    assertEquals(List.of(1L, 3L, 1L, 5L), List.of(r.categories().improved(), r.categories().unchanged(),
        r.categories().deteriorated(), r.categories().total()));
    assertEquals("reliable change of 3.0 points (test threshold)", r.categories().basis());
  }

  @Test
  void higherIsBetterChangeIsFollowUpMinusBaseline() {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.WEMWBS).scores("b", "f").build();
    ChangeResult r = ChangeAnalysis.of(Cleaner.standard().clean(ParticipantData.readCsv(
        new StringReader("participant_id,b,f,sessions_attended\nA,40,46,3\nB,50,48,2\n"), "wb.csv", schema)));
    assertEquals(6, r.improvement(0));
    assertEquals(-2, r.improvement(1));
    assertEquals("mean of follow-up - baseline (higher is better) on wemwbs", r.meanImprovement().definition());
    assertEquals("mean of follow-up - baseline on wemwbs (not oriented)", r.meanRawChange().definition());
    assertEquals("mean of baseline - follow-up (lower is better) on sdq-total",
        ChangeAnalysis.of(mixed(MIXED)).meanImprovement().definition());
  }

  @Test
  void aMeasureOtherThanTheSchemasIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChangeAnalysis.of(mixed(MIXED), StandardOutcomeMeasures.WEMWBS));
    assertEquals("Argument 'measure' must be the schema's measure 'sdq-total': wemwbs", e.getMessage());
  }

  @Test
  void resultsOfEqualDataAndMeasureAreEqualAndOthersAreNot() {
    ChangeResult a = ChangeAnalysis.of(mixed(MIXED));
    ChangeResult same = ChangeAnalysis.of(mixed(MIXED));
    ChangeResult withMcid = ChangeAnalysis.of(mixed(MIXED), StandardOutcomeMeasures.SDQ_TOTAL
        .withMeaningfulChange(new ChangeThreshold(2, "test threshold")));
    ChangeResult otherScores = ChangeAnalysis.of(mixed(MIXED.replace("A,20,12", "A,20,11")));
    assertTrue(a.equals(a));
    assertTrue(a.equals(same));
    assertEquals(a.hashCode(), same.hashCode());
    assertFalse(a.equals(withMcid));
    assertFalse(a.equals(otherScores));
    assertFalse(a.equals(a.toString()));
    // the hash code follows the data and the measure
    assertNotEquals(a.hashCode(), withMcid.hashCode());
    assertNotEquals(a.hashCode(), otherScores.hashCode());
    assertEquals(2, withMcid.meaningfulCount());
  }
}
