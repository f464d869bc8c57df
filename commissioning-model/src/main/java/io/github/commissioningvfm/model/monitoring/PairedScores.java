package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One NHS Talking Therapies referral's first and last PHQ-9 and GAD-7 scores and its number of
 * attended treatment sessions.
 *
 * @param referralId the referral's id
 * @param treatmentSessions attended treatment sessions; not negative
 * @param phq9First the first PHQ-9 score, 0 to 27
 * @param phq9Last the last PHQ-9 score, 0 to 27
 * @param gad7First the first GAD-7 score, 0 to 21
 * @param gad7Last the last GAD-7 score, 0 to 21
 * @since 0.1.0
 */
public record PairedScores(String referralId, int treatmentSessions, int phq9First, int phq9Last, int gad7First,
    int gad7Last) {

  /**
   * Creates paired scores.
   *
   * @param referralId the id
   * @param treatmentSessions the sessions
   * @param phq9First first PHQ-9
   * @param phq9Last last PHQ-9
   * @param gad7First first GAD-7
   * @param gad7Last last GAD-7
   */
  public PairedScores {
    Args.notBlank(referralId, "referralId");
    Args.notNegative(treatmentSessions, "treatmentSessions");
    Args.inRange(phq9First, 0, 27, "phq9First");
    Args.inRange(phq9Last, 0, 27, "phq9Last");
    Args.inRange(gad7First, 0, 21, "gad7First");
    Args.inRange(gad7Last, 0, 21, "gad7Last");
  }
}
