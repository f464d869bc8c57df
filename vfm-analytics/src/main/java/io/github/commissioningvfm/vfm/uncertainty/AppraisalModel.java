package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;

/**
 * Builds an appraisal from input values. Must be a pure function of its argument and thread-safe:
 * Monte Carlo runs call it from several threads at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AppraisalModel {

  /**
   * Builds the appraisal.
   *
   * @param inputs the input values
   * @return the appraisal
   */
  Appraisal build(InputValues inputs);
}
