package io.github.commissioningvfm.vfm.uncertainty.joint;

import java.util.random.RandomGenerator;

/**
 * A distribution over several values drawn together.
 *
 * @since 0.1.0
 */
public sealed interface JointDistribution permits Dirichlet, MultivariateNormal {

  /**
   * The number of values in a draw.
   *
   * @return the dimension
   */
  int dimension();

  /**
   * Draws one vector into {@code target}.
   *
   * @param rng the generator of the iteration
   * @param target at least {@link #dimension()} entries to overwrite
   */
  void sample(RandomGenerator rng, double[] target);

  /**
   * The mean vector.
   *
   * @return the means
   */
  double[] mean();
}
