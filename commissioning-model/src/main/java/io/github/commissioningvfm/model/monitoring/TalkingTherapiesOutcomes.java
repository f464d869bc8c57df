package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import java.util.List;

/**
 * The national outcome KPIs of NHS Talking Therapies for anxiety and depression, computed from
 * paired PHQ-9 and GAD-7 scores.
 *
 * <ul>
 * <li>Finished a course of treatment: at least {@link #MINIMUM_TREATMENT_SESSIONS} attended
 * treatment sessions.</li>
 * <li>At caseness: PHQ-9 &gt;= {@link #PHQ9_CASENESS} or GAD-7 &gt;= {@link #GAD7_CASENESS}.</li>
 * <li>Reliable improvement: a fall of at least the reliable change (PHQ-9 6, GAD-7 4, from the
 * outcome registry) on at least one measure, and no rise of that size on either.</li>
 * <li>Recovery: at caseness at the first score and below caseness on both measures at the last.</li>
 * <li>Reliable recovery: recovery and reliable improvement together.</li>
 * </ul>
 * Denominators: recovery and reliable recovery count referrals that finished a course of treatment
 * at caseness at the start; reliable improvement counts all referrals that finished a course of
 * treatment. This is NHS Digital's published calculation: recovery rate = recovered / (finished a
 * course - not at caseness), reliable improvement rate = reliably improved / finished a course.
 * NHS Talking Therapies scores anxiety with an anxiety-disorder-specific measure where the
 * provisional diagnosis is an anxiety disorder other than generalised anxiety disorder; this
 * computation uses GAD-7 for anxiety throughout, as the paired scores carry no other measure.
 *
 * <p>Sources, and what was read in each. NHS Digital, "Psychological Therapies: reports on the use
 * of IAPT services, England, June 2020 Final", Outcomes page (primary, read): the three measures,
 * recovery as moving from caseness at the start to below it at the end, and the two denominators
 * above with worked national figures. NHS Digital glossary, via OHID Fingertips "Common mental
 * disorders" (primary, read): a finished course of treatment is a referral ended after at least two
 * attended treatment appointments. The caseness thresholds and reliable change criteria were
 * verified only in secondary sources (PMC8411661, table 1, citing NHS Digital 2016; BMC Psychiatry
 * 2018, doi:10.1186/s12888-018-1987-1, table 1). The NHS Talking Therapies Manual (National
 * Collaborating Centre for Mental Health for NHS England; its appendices were seen as the "IAPT
 * Manual, Appendices and helpful resources", version 2, December 2019, title page only) was not
 * read at the pages giving the thresholds, so no edition, section or page of it is cited. Two
 * details rest on secondary sources only: the reliable recovery denominator follows recovery's
 * (NHS Digital's reliable recovery formula was not read), and reliable improvement excludes a
 * reliable rise on the other measure (as in CORC's definition; NHS Digital's text read says only
 * "a significant improvement" between the first and last scores).
 *
 * @param referrals referrals given
 * @param finishedCourse referrals that finished a course of treatment
 * @param recovery recovery among those finishing at caseness
 * @param reliableImprovement reliable improvement among those finishing
 * @param reliableRecovery reliable recovery among those finishing at caseness
 * @since 0.1.0
 */
public record TalkingTherapiesOutcomes(long referrals, long finishedCourse, RateEstimate recovery,
    RateEstimate reliableImprovement, RateEstimate reliableRecovery) {

  /** PHQ-9 caseness threshold: a score of 10 or more (secondary sources only; see the class notes). */
  public static final int PHQ9_CASENESS = 10;
  /** GAD-7 caseness threshold: a score of 8 or more (secondary sources only; see the class notes). */
  public static final int GAD7_CASENESS = 8;
  /** Attended treatment sessions that make a finished course of treatment. */
  public static final int MINIMUM_TREATMENT_SESSIONS = 2;

  /**
   * Creates outcomes; use {@link #of(List)} to compute them.
   *
   * @param referrals referrals
   * @param finishedCourse finished a course
   * @param recovery recovery
   * @param reliableImprovement reliable improvement
   * @param reliableRecovery reliable recovery
   */
  public TalkingTherapiesOutcomes {
    Args.notNegative(referrals, "referrals");
    Args.notNegative(finishedCourse, "finishedCourse");
    Args.check(finishedCourse <= referrals, "finishedCourse", "not exceed referrals " + referrals, finishedCourse);
    Args.notNull(recovery, "recovery");
    Args.notNull(reliableImprovement, "reliableImprovement");
    Args.notNull(reliableRecovery, "reliableRecovery");
  }

  /**
   * Computes the KPIs.
   *
   * @param scores one entry per referral, each id once
   * @return the outcomes
   */
  public static TalkingTherapiesOutcomes of(List<PairedScores> scores) {
    Args.noNullElements(scores, "scores");
    Rows.uniqueIds(scores, PairedScores::referralId, "scores", "referralId", "referral");
    double phq = reliableChange(StandardOutcomeMeasures.PHQ9);
    double gad = reliableChange(StandardOutcomeMeasures.GAD7);
    long finished = 0;
    long atCaseness = 0;
    long recovered = 0;
    long improved = 0;
    long reliablyRecovered = 0;
    for (PairedScores s : scores) {
      if (s.treatmentSessions() < MINIMUM_TREATMENT_SESSIONS) {
        continue;
      }
      finished++;
      boolean improvement = (s.phq9First() - s.phq9Last() >= phq || s.gad7First() - s.gad7Last() >= gad)
          && s.phq9Last() - s.phq9First() < phq && s.gad7Last() - s.gad7First() < gad;
      improved += improvement ? 1 : 0;
      if (s.phq9First() >= PHQ9_CASENESS || s.gad7First() >= GAD7_CASENESS) {
        atCaseness++;
        boolean recovery = s.phq9Last() < PHQ9_CASENESS && s.gad7Last() < GAD7_CASENESS;
        recovered += recovery ? 1 : 0;
        reliablyRecovered += recovery && improvement ? 1 : 0;
      }
    }
    return new TalkingTherapiesOutcomes(scores.size(), finished,
        new RateEstimate(recovered, atCaseness, "recovery (of referrals finishing treatment at caseness)"),
        new RateEstimate(improved, finished, "reliable improvement (of referrals finishing treatment)"),
        new RateEstimate(reliablyRecovered, atCaseness,
            "reliable recovery (of referrals finishing treatment at caseness)"));
  }

  private static double reliableChange(OutcomeMeasure measure) {
    return measure.reliableChange().map(ChangeThreshold::points).orElseThrow(() -> new IllegalStateException(
        "the outcome registry has no reliable change threshold for " + measure.id()));
  }

  @Override
  public String toString() {
    return "NHS Talking Therapies outcomes: " + referrals + " referrals, " + finishedCourse
        + " finished a course of treatment\n" + recovery + "\n" + reliableImprovement + "\n" + reliableRecovery;
  }
}
