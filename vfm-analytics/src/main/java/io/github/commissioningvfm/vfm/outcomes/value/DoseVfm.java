package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.Estimate;

/**
 * Outcome and value for the participants who attended a given number of sessions.
 *
 * @param sessions sessions attended
 * @param participants how many participants attended that many
 * @param meanImprovement mean oriented improvement with a t interval
 * @param weightedVfm sum improvement / sum cost within the dose group
 * @param unweightedMeanVfm mean of improvement / cost within the dose group, with a t interval
 */
public record DoseVfm(int sessions, int participants, Estimate meanImprovement, Estimate weightedVfm,
    Estimate unweightedMeanVfm) {

  /**
   * Creates a dose row.
   *
   * @param sessions sessions
   * @param participants count
   * @param meanImprovement mean improvement
   * @param weightedVfm weighted VfM
   * @param unweightedMeanVfm unweighted mean VfM
   */
  public DoseVfm {
    Args.notNegative(sessions, "sessions");
    Args.positive(participants, "participants");
    Args.notNull(meanImprovement, "meanImprovement");
    Args.notNull(weightedVfm, "weightedVfm");
    Args.notNull(unweightedMeanVfm, "unweightedMeanVfm");
  }
}
