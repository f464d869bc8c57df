package io.github.commissioningvfm.vfm.uncertainty.joint;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Distributions;
import io.github.commissioningvfm.vfm.internal.Sampling;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The multivariate normal with mean {@code mu} and covariance {@code Sigma}: a draw is
 * {@code mu + L z} with {@code Sigma = L L^T} (Cholesky) and {@code z} independent standard normals.
 * Suits correlated coefficients such as a regression's estimates and their variance-covariance
 * matrix. The covariance must hold finite numbers and be symmetric (to 1e-12 of the larger of 1 and
 * the two entries' sizes; the entries below the diagonal are then used for the factorisation) and
 * positive definite; otherwise construction fails naming the offending entry or saying that it is
 * not positive definite.
 *
 * @since 0.1.0
 */
public final class MultivariateNormal implements JointDistribution {

  private final List<String> names;
  private final double[] mean;
  private final double[][] covariance;
  private final double[][] lower;

  private MultivariateNormal(List<String> names, double[] mean, double[][] covariance) {
    Args.notNull(mean, "mean");
    Args.notNull(covariance, "covariance");
    int k = mean.length;
    Args.positive(k, "mean.length");
    Args.check(names.size() == k, "names", "have one name per mean (" + k + ")", names.size());
    Args.check(covariance.length == k, "covariance", "have " + k + " rows", covariance.length);
    for (int i = 0; i < k; i++) {
      Args.finite(mean[i], "mean[" + i + "]");
      Args.check(covariance[i].length == k, "covariance[" + i + "]", "have " + k + " entries", covariance[i].length);
      if (!(covariance[i][i] > 0)) {
        throw new IllegalArgumentException("Covariance matrix: the variance of '" + names.get(i)
            + "' must be positive: " + covariance[i][i]);
      }
      for (int j = 0; j < k; j++) {
        Args.finite(covariance[i][j], "covariance[" + i + "][" + j + "]");
      }
      for (int j = 0; j < i; j++) {
        double a = covariance[i][j];
        double b = covariance[j][i];
        if (!(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))))) {
          throw new IllegalArgumentException("Covariance matrix is not symmetric: entry ('" + names.get(i) + "', '"
              + names.get(j) + "') is " + a + " but ('" + names.get(j) + "', '" + names.get(i) + "') is " + b);
        }
      }
    }
    this.names = List.copyOf(names);
    this.mean = mean.clone();
    this.covariance = new double[k][];
    for (int i = 0; i < k; i++) {
      this.covariance[i] = covariance[i].clone();
    }
    this.lower = Distributions.choleskyLower(lowerMirrored(this.covariance), "Covariance matrix of " + names);
  }

  /** The matrix with each entry above the diagonal replaced by its mirror below it, exactly symmetric. */
  private static double[][] lowerMirrored(double[][] matrix) {
    double[][] out = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      out[i] = matrix[i].clone();
      for (int j = 0; j < i; j++) {
        out[j][i] = matrix[i][j];
      }
    }
    return out;
  }

  /**
   * A multivariate normal from means and a covariance matrix.
   *
   * @param names the variables' names, one per mean
   * @param mean the means
   * @param covariance the covariance matrix, symmetric positive definite
   * @return the distribution
   */
  public static MultivariateNormal of(List<String> names, double[] mean, double[][] covariance) {
    return new MultivariateNormal(Args.noNullElements(names, "names"), mean, covariance);
  }

  /**
   * A multivariate normal from means, standard deviations and a correlation matrix:
   * {@code Sigma_ij = s_i s_j R_ij}.
   *
   * @param names the variables' names
   * @param mean the means
   * @param sd the standard deviations (standard errors), positive
   * @param correlation the correlation matrix, unit diagonal
   * @return the distribution
   */
  public static MultivariateNormal ofCorrelation(List<String> names, double[] mean, double[] sd, double[][] correlation) {
    Args.check(sd.length == mean.length, "sd", "match the means (" + mean.length + ")", sd.length);
    Args.check(correlation.length == mean.length, "correlation", "have " + mean.length + " rows", correlation.length);
    double[][] cov = new double[mean.length][mean.length];
    for (int i = 0; i < mean.length; i++) {
      Args.positive(sd[i], "sd[" + i + "]");
      Args.check(correlation[i].length == mean.length, "correlation[" + i + "]", "have " + mean.length + " entries",
          correlation[i].length);
      for (int j = 0; j < mean.length; j++) {
        cov[i][j] = sd[i] * sd[j] * correlation[i][j];
      }
    }
    return of(names, mean, cov);
  }

  /**
   * The variables' names.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The covariance matrix (a copy).
   *
   * @return the matrix
   */
  public double[][] covariance() {
    double[][] c = new double[covariance.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = covariance[i].clone();
    }
    return c;
  }

  @Override
  public int dimension() {
    return mean.length;
  }

  @Override
  public void sample(RandomGenerator rng, double[] target) {
    int k = mean.length;
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      z[i] = Sampling.standardNormal(rng);
    }
    for (int i = 0; i < k; i++) {
      double v = mean[i];
      for (int j = 0; j <= i; j++) {
        v += lower[i][j] * z[j];
      }
      target[i] = v;
    }
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultivariateNormal m && names.equals(m.names) && Arrays.equals(mean, m.mean)
        && Arrays.deepEquals(covariance, m.covariance);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.hashCode(mean);
  }

  @Override
  public String toString() {
    return "MultivariateNormal[names=" + names + ", mean=" + Arrays.toString(mean) + ", covariance="
        + Arrays.deepToString(covariance) + "]";
  }
}
