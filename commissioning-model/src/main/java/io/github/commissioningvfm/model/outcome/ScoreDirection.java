package io.github.commissioningvfm.model.outcome;

/**
 * Which way a measure's score moves when a person gets better.
 *
 * @since 0.1.0
 */
public enum ScoreDirection {
  /** A lower score is better (symptom and distress scales: SDQ, PHQ-9, GAD-7, CORE-10). */
  LOWER_IS_BETTER,
  /** A higher score is better (wellbeing and quality-of-life scales: WEMWBS, SWEMWBS, ReQoL). */
  HIGHER_IS_BETTER;

  /**
   * The improvement from baseline to follow-up, positive when the person got better.
   *
   * <p>{@code LOWER_IS_BETTER}: {@code baseline - followUp}; {@code HIGHER_IS_BETTER}:
   * {@code followUp - baseline}.
   *
   * @param baseline the first score
   * @param followUp the later score
   * @return the oriented change (improvement)
   */
  public double improvement(double baseline, double followUp) {
    return this == LOWER_IS_BETTER ? baseline - followUp : followUp - baseline;
  }
}
