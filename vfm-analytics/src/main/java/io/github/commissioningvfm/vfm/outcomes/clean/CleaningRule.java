package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.Optional;

/**
 * A rule that may exclude a row from the analysis. Implement this to add your own rules (for
 * example an age band or a date window); they run after the {@link StandardRule}s.
 */
public interface CleaningRule extends ExclusionRule {

  /**
   * Decides whether a row is excluded.
   *
   * @param data the data
   * @param row the row index
   * @return the detail (e.g. the offending value) if the row is excluded, empty if it passes
   */
  Optional<String> exclude(ParticipantData data, int row);
}
