package io.github.commissioningvfm.vfm.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles and tail probabilities of the normal and Student t distributions (adapter over
 * commons-math3, which stays out of every public signature).
 */
public final class Distributions {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private Distributions() {
  }

  /**
   * Standard normal cumulative probability.
   *
   * @param z the point
   * @return P(Z &lt;= z)
   */
  public static double normalCdf(double z) {
    return STANDARD_NORMAL.cumulativeProbability(z);
  }

  /**
   * Standard normal quantile.
   *
   * @param p probability in (0, 1)
   * @return z with P(Z &lt;= z) = p
   */
  public static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /**
   * Student t quantile.
   *
   * @param p probability in (0, 1)
   * @param df degrees of freedom, positive
   * @return t with P(T &lt;= t) = p
   */
  public static double tQuantile(double p, double df) {
    return new TDistribution(null, df).inverseCumulativeProbability(p);
  }

  /**
   * Two-sided p-value of a t statistic: 2 P(T &gt;= |t|).
   *
   * @param t the statistic
   * @param df degrees of freedom, positive
   * @return the p-value
   */
  public static double tTwoSidedP(double t, double df) {
    return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
  }

  /**
   * The lower-triangular Cholesky factor {@code L} of a symmetric positive-definite matrix,
   * {@code A = L L^T} (commons-math3's decomposition).
   *
   * @param a the matrix, square and symmetric (checked by the caller)
   * @param what what the matrix is, for the message
   * @return {@code L}
   * @throws IllegalArgumentException if the matrix is not positive definite
   */
  public static double[][] choleskyLower(double[][] a, String what) {
    try {
      return new CholeskyDecomposition(new Array2DRowRealMatrix(a, true), 1e-10, 1e-12).getL().getData();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException(what + " is not positive definite (a correlation beyond -1..1, or one variable a "
          + "linear combination of others): " + e.getMessage(), e);
    }
  }
}
