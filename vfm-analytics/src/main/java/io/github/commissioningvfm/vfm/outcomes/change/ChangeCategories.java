package io.github.commissioningvfm.vfm.outcomes.change;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.Estimate;

/**
 * How many participants improved, stayed the same, or deteriorated, and on what basis.
 *
 * @param basis how the categories were drawn, e.g. "reliable change of 6.0 points (source)"
 * @param improved count improved
 * @param unchanged count unchanged
 * @param deteriorated count deteriorated
 * @param proportionImproved improved / n, with a Wilson interval
 * @param proportionUnchanged unchanged / n, with a Wilson interval
 * @param proportionDeteriorated deteriorated / n, with a Wilson interval
 */
public record ChangeCategories(String basis, long improved, long unchanged, long deteriorated,
    Estimate proportionImproved, Estimate proportionUnchanged, Estimate proportionDeteriorated) {

  /**
   * Creates the categories.
   *
   * @param basis basis
   * @param improved improved
   * @param unchanged unchanged
   * @param deteriorated deteriorated
   * @param proportionImproved proportion improved
   * @param proportionUnchanged proportion unchanged
   * @param proportionDeteriorated proportion deteriorated
   */
  public ChangeCategories {
    Args.notBlank(basis, "basis");
    Args.notNegative(improved, "improved");
    Args.notNegative(unchanged, "unchanged");
    Args.notNegative(deteriorated, "deteriorated");
    Args.notNull(proportionImproved, "proportionImproved");
    Args.notNull(proportionUnchanged, "proportionUnchanged");
    Args.notNull(proportionDeteriorated, "proportionDeteriorated");
  }

  /**
   * The number of participants classified.
   *
   * @return improved + unchanged + deteriorated
   */
  public long total() {
    return improved + unchanged + deteriorated;
  }
}
