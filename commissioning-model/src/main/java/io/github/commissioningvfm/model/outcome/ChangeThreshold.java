package io.github.commissioningvfm.model.outcome;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A published change threshold on a measure's score, in score points, with its citation.
 *
 * <p>A participant's oriented change {@code d} meets the threshold when {@code d >= points}
 * (improvement) or {@code d <= -points} (deterioration).
 *
 * @param points the size of the change in score points, positive
 * @param citation where the figure is published (authors, year, title, table or page)
 * @since 0.1.0
 */
public record ChangeThreshold(double points, String citation) {

  /**
   * Creates a threshold.
   *
   * @param points the size of the change, positive
   * @param citation the source
   */
  public ChangeThreshold {
    Args.positive(points, "points");
    Args.notBlank(citation, "citation");
  }

  /**
   * Whether an oriented change is an improvement at least this large.
   *
   * @param improvement the oriented change (positive is better)
   * @return {@code improvement >= points}
   */
  public boolean isImprovement(double improvement) {
    return improvement >= points;
  }

  /**
   * Whether an oriented change is a deterioration at least this large.
   *
   * @param improvement the oriented change (positive is better)
   * @return {@code improvement <= -points}
   */
  public boolean isDeterioration(double improvement) {
    return improvement <= -points;
  }
}
