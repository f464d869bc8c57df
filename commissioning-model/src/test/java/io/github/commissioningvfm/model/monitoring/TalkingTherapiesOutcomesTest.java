package io.github.commissioningvfm.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NHS Talking Therapies outcome KPIs worked by hand: caseness PHQ-9 &gt;= 10 or GAD-7 &gt;= 8, reliable
 * change 6 (PHQ-9) and 4 (GAD-7) (verified only in secondary sources: see
 * {@link TalkingTherapiesOutcomes}), a finished course of treatment at least two attended treatment
 * appointments (NHS Digital glossary), and the denominators of NHS Digital's published rates
 * ("Psychological Therapies: reports on the use of IAPT services, England, June 2020 Final",
 * Outcomes). Wilson intervals: Wilson (1927), J Am Stat Assoc 22:209-212.
 */
class TalkingTherapiesOutcomesTest {

  static final List<PairedScores> SCORES = List.of(
      new PairedScores("r1", 1, 20, 5, 15, 3),   // one session: not a finished course
      new PairedScores("r2", 4, 15, 6, 12, 5),   // caseness; recovered; PHQ -9: reliable recovery
      new PairedScores("r3", 3, 12, 9, 9, 7),    // caseness; recovered; falls of 3 and 2: not reliable
      new PairedScores("r4", 5, 18, 14, 15, 10), // caseness; not recovered; GAD -5: reliable improvement
      new PairedScores("r5", 2, 8, 2, 6, 1),     // below caseness at start; PHQ -6: reliable improvement
      new PairedScores("r6", 6, 11, 17, 9, 8),   // caseness; PHQ +6: deteriorated
      new PairedScores("r7", 2, 10, 4, 13, 18),  // caseness; PHQ -6 but GAD +5: no reliable improvement
      new PairedScores("r8", 0, 14, 14, 10, 10)); // no treatment session

  @Test
  void ratesAndDenominatorsWorkedByHand() {
    TalkingTherapiesOutcomes o = TalkingTherapiesOutcomes.of(SCORES);
    assertEquals(8, o.referrals());
    assertEquals(6, o.finishedCourse());                 // r2..r7
    assertEquals(new RateEstimate(2, 5, "recovery (of referrals finishing treatment at caseness)"), o.recovery());
    assertEquals(3, o.reliableImprovement().numerator()); // r2, r4, r5
    assertEquals(6, o.reliableImprovement().denominator());
    assertEquals(1, o.reliableRecovery().numerator());    // r2
    assertEquals(5, o.reliableRecovery().denominator());
    // Wilson 95% for 2 of 5: centre 0.4 + 3.8415/10 = 0.78415, half-width 1.96 x sqrt(0.048 + 0.038415)
    // = 0.57618, divided by 1 + 3.8415/5 = 1.76829: 0.1176 to 0.7693.
    assertEquals(0.1176, o.recovery().lower(), 1e-4);
    assertEquals(0.7693, o.recovery().upper(), 1e-4);
    assertEquals("recovery (of referrals finishing treatment at caseness): 40.0% (2 of 5; 95% CI 11.8% to 76.9%)",
        o.recovery().toString());
  }

  @Test
  void denominatorsReproduceNhsDigitalsPublishedJune2020Rates() {
    // NHS Digital, June 2020 Final, Outcomes: 57,060 referrals finished a course of treatment,
    // 3,200 of them not at caseness; recovery 27,884 / (57,060 - 3,200) = 51.8%; reliable
    // improvement 39,417 / 57,060 = 69.1%. A cohort with those counts (and 1,000 referrals with a
    // single treatment appointment, which finish no course) must give the same rates.
    List<PairedScores> cohort = new ArrayList<>();
    add(cohort, 27_884, 3, 15, 5, 12, 3);  // at caseness, recovered, reliable improvement
    add(cohort, 11_533, 3, 20, 14, 15, 15); // at caseness, PHQ-9 down 6 but still a case
    add(cohort, 14_443, 3, 15, 15, 10, 10); // at caseness, no change
    add(cohort, 3_200, 3, 5, 5, 3, 3);      // not at caseness at the start
    add(cohort, 1_000, 1, 15, 5, 12, 3);    // one treatment appointment: no finished course
    TalkingTherapiesOutcomes o = TalkingTherapiesOutcomes.of(cohort);
    assertEquals(57_060, o.finishedCourse());
    assertEquals(27_884, o.recovery().numerator());
    assertEquals(57_060 - 3_200, o.recovery().denominator());
    assertEquals(0.518, o.recovery().rate(), 0.0005);
    assertEquals(39_417, o.reliableImprovement().numerator());
    assertEquals(57_060, o.reliableImprovement().denominator());
    assertEquals(0.691, o.reliableImprovement().rate(), 0.0005);
  }

  private static void add(List<PairedScores> cohort, int count, int sessions, int phqFirst, int phqLast, int gadFirst,
      int gadLast) {
    int start = cohort.size();
    for (int i = 0; i < count; i++) {
      cohort.add(new PairedScores("r" + (start + i), sessions, phqFirst, phqLast, gadFirst, gadLast));
    }
  }

  @Test
  void noFinishedCourseGivesNoDataNotNaN() {
    TalkingTherapiesOutcomes o = TalkingTherapiesOutcomes.of(List.of(new PairedScores("r", 1, 20, 5, 15, 3)));
    assertEquals(false, o.recovery().hasData());
    assertEquals(0.0, o.recovery().rate());
    assertEquals("recovery (of referrals finishing treatment at caseness): no data (denominator 0)",
        o.recovery().toString());
  }

  @Test
  void repeatedReferralIsRefusedNamingTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TalkingTherapiesOutcomes.of(
        List.of(new PairedScores("r", 2, 1, 1, 1, 1), new PairedScores("r", 2, 1, 1, 1, 1))));
    assertEquals("scores row 2, column referralId: referral 'r' appears more than once", e.getMessage());
  }

  @Test
  void scoreOutOfRangeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PairedScores("r", 2, 28, 1, 1, 1));
    assertEquals("Argument 'phq9First' must be between 0 and 27: 28", e.getMessage());
  }
}
