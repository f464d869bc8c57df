package io.github.commissioningvfm.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each threshold of the NHS Talking Therapies KPIs at its exact value (NHS Talking Therapies
 * Manual, v7 2024, and its technical guidance: caseness PHQ-9 at least 10 or GAD-7 at least 8; a
 * reliable change is 6 points on PHQ-9 or 4 on GAD-7; a finished course is at least two treatment
 * sessions).
 */
class TalkingTherapiesThresholdsTest {

  /** Finished, at caseness, recovered, reliably improved, reliably recovered. */
  private static List<Long> counts(PairedScores s) {
    TalkingTherapiesOutcomes o = TalkingTherapiesOutcomes.of(List.of(s));
    return List.of(o.finishedCourse(), o.recovery().denominator(), o.recovery().numerator(),
        o.reliableImprovement().numerator(), o.reliableRecovery().numerator());
  }

  @Test
  void aFallOfExactlyTheReliableChangeIsAnImprovement() {
    assertEquals(List.of(1L, 1L, 0L, 1L, 0L), counts(new PairedScores("phq-6", 2, 20, 14, 5, 5)));
    assertEquals(List.of(1L, 1L, 0L, 1L, 0L), counts(new PairedScores("gad-4", 2, 5, 5, 12, 8)));
    assertEquals(List.of(1L, 1L, 0L, 0L, 0L), counts(new PairedScores("phq-5", 2, 20, 15, 5, 5)));
  }

  @Test
  void aRiseOfExactlyTheReliableChangeOnTheOtherMeasureCancelsIt() {
    assertEquals(List.of(1L, 1L, 0L, 0L, 0L), counts(new PairedScores("phq+6", 2, 4, 10, 12, 8)));
    assertEquals(List.of(1L, 1L, 0L, 0L, 0L), counts(new PairedScores("gad+4", 2, 16, 10, 2, 6)));
    assertEquals(List.of(1L, 1L, 0L, 1L, 0L), counts(new PairedScores("gad+3", 2, 16, 10, 2, 5)));
  }

  @Test
  void casenessStartsAtTenAndEight() {
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L), counts(new PairedScores("phq10", 2, 10, 4, 0, 0)));
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L), counts(new PairedScores("gad8", 2, 0, 0, 8, 4)));
    assertEquals(List.of(1L, 0L, 0L, 1L, 0L), counts(new PairedScores("below", 2, 9, 3, 7, 7)));
  }

  @Test
  void recoveryNeedsBothBelowCaseness() {
    assertEquals(List.of(1L, 1L, 0L, 0L, 0L), counts(new PairedScores("phq-last-10", 2, 15, 10, 2, 2)));
    // A reliable improvement (GAD-7 down 4) that ends at caseness: not a reliable recovery.
    assertEquals(List.of(1L, 1L, 0L, 1L, 0L), counts(new PairedScores("gad-last-8", 2, 2, 2, 12, 8)));
    // Recovered without a reliable change: not a reliable recovery.
    assertEquals(List.of(1L, 1L, 1L, 0L, 0L), counts(new PairedScores("small", 2, 12, 9, 9, 7)));
  }

  @Test
  void twoTreatmentSessionsFinishACourse() {
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L), counts(new PairedScores("two", 2, 15, 6, 12, 5)));
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L), counts(new PairedScores("one", 1, 15, 6, 12, 5)));
  }

  @Test
  void countsAreCheckedAndPrinted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TalkingTherapiesOutcomes(1, 2,
        new RateEstimate(0, 0, "a"), new RateEstimate(0, 0, "b"), new RateEstimate(0, 0, "c")));
    assertEquals("Argument 'finishedCourse' must not exceed referrals 1: 2", e.getMessage());
    String text = TalkingTherapiesOutcomes.of(List.of(new PairedScores("two", 2, 15, 6, 12, 5))).toString();
    assertTrue(text.startsWith("NHS Talking Therapies outcomes: 1 referrals, 1 finished a course of treatment\n"
        + "recovery (of referrals finishing treatment at caseness): 100.0% (1 of 1;"), text);
  }
}
