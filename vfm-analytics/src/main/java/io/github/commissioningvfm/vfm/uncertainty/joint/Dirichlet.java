package io.github.commissioningvfm.vfm.uncertainty.joint;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Sampling;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The Dirichlet distribution with concentrations {@code alpha_1..alpha_k}: the distribution of one
 * row of transition probabilities given observed transition counts (Briggs, Claxton and Sculpher
 * 2006, section 4.3). A draw is {@code p_j = G_j / sum_k G_k} with independent
 * {@code G_j ~ Gamma(alpha_j, 1)}; its mean is {@code alpha_j / sum_k alpha_k} and the draws sum to 1.
 *
 * @param alpha the concentrations, positive
 * @since 0.1.0
 */
public record Dirichlet(double[] alpha) implements JointDistribution {

  /** Validates and copies. */
  public Dirichlet {
    Args.notNull(alpha, "alpha");
    Args.check(alpha.length >= 2, "alpha", "hold at least two concentrations", alpha.length);
    alpha = alpha.clone();
    for (int i = 0; i < alpha.length; i++) {
      if (!(alpha[i] > 0) || !Double.isFinite(alpha[i])) {
        throw new IllegalArgumentException("Dirichlet distribution: concentration " + i + " must be positive: " + alpha[i]);
      }
    }
  }

  /**
   * The Dirichlet of observed transition counts from one state (each count positive; add a prior,
   * e.g. 1, to zero counts before calling).
   *
   * @param counts the counts to each destination
   * @return the distribution
   */
  public static Dirichlet ofCounts(double... counts) {
    return new Dirichlet(counts);
  }

  @Override
  public double[] alpha() {
    return alpha.clone();
  }

  @Override
  public int dimension() {
    return alpha.length;
  }

  @Override
  public void sample(RandomGenerator rng, double[] target) {
    double sum = 0;
    for (int j = 0; j < alpha.length; j++) {
      target[j] = Sampling.standardGamma(rng, alpha[j]);
      sum += target[j];
    }
    for (int j = 0; j < alpha.length; j++) {
      target[j] /= sum;
    }
  }

  @Override
  public double[] mean() {
    double sum = Arrays.stream(alpha).sum();
    return Arrays.stream(alpha).map(a -> a / sum).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dirichlet d && Arrays.equals(alpha, d.alpha);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(alpha);
  }

  @Override
  public String toString() {
    return "Dirichlet" + Arrays.toString(alpha);
  }
}
