package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.outcome.ScoreDirection;

/**
 * Which sign of a printed change figure is an improvement: the change definition together with the
 * measure's direction. Formula: {@code improvementSign = +1} when a positive change is an
 * improvement (follow-up minus baseline on a higher-is-better measure, or baseline minus follow-up
 * on a lower-is-better one), otherwise {@code -1}.
 *
 * @param change how the change was computed
 * @param direction which way the measure is better
 * @since 0.1.0
 */
public record Orientation(ChangeDefinition change, ScoreDirection direction) {

  /**
   * Validates the orientation.
   *
   * @param change change definition
   * @param direction direction
   */
  public Orientation {
    Args.notNull(change, "change");
    Args.notNull(direction, "direction");
  }

  /**
   * An orientation.
   *
   * @param change change definition
   * @param direction direction
   * @return the orientation
   */
  public static Orientation of(ChangeDefinition change, ScoreDirection direction) {
    return new Orientation(change, direction);
  }

  /**
   * The sign of a change that is an improvement.
   *
   * @return +1 or -1
   */
  public int improvementSign() {
    boolean risesWhenScoreRises = change == ChangeDefinition.FOLLOW_UP_MINUS_BASELINE;
    boolean higherBetter = direction == ScoreDirection.HIGHER_IS_BETTER;
    return risesWhenScoreRises == higherBetter ? 1 : -1;
  }

  /** In words, e.g. "follow-up minus baseline on a lower-is-better measure: negative is improvement". */
  @Override
  public String toString() {
    return (change == ChangeDefinition.FOLLOW_UP_MINUS_BASELINE ? "follow-up minus baseline" : "baseline minus follow-up")
        + " on a " + (direction == ScoreDirection.LOWER_IS_BETTER ? "lower" : "higher") + "-is-better measure: "
        + (improvementSign() > 0 ? "positive" : "negative") + " is improvement";
  }
}
