package io.github.commissioningvfm.vfm.outcomes.bootstrap;

/**
 * A statistic computed on a sample of participants given by their indices (0 to n - 1, possibly
 * repeated). Must be a pure function of the indices, safe to call from several threads at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SampleStatistic {

  /**
   * Computes the statistic.
   *
   * @param indices participant indices; only the first {@code length} are used
   * @param length how many indices form the sample
   * @return the value (a non-finite value makes the bootstrap fail, naming the resample)
   */
  double compute(int[] indices, int length);
}
