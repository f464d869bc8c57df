package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The least-squares coefficients from a first pass, with {@code (X'X)^-1} over the estimable
 * columns and the list of aliased columns. Needed by the second pass
 * ({@link ResidualAccumulator}).
 *
 * @since 0.1.0
 */
public final class OlsSolution {

  /** Relative tolerance on the Cholesky pivot below which a column counts as aliased. */
  public static final double ALIAS_TOLERANCE = 1e-10;

  private final List<String> names;
  private final boolean[] aliased;
  private final double[] beta;
  private final double[][] inverse;
  private final long n;
  private final double yty;
  private final double sumY;
  private final int rank;

  private OlsSolution(List<String> names, boolean[] aliased, double[] beta, double[][] inverse, long n, double yty,
      double sumY, int rank) {
    this.names = List.copyOf(names);
    this.aliased = aliased;
    this.beta = beta;
    this.inverse = inverse;
    this.n = n;
    this.yty = yty;
    this.sumY = sumY;
    this.rank = rank;
  }

  static OlsSolution solve(OlsAccumulator acc, List<String> names) {
    int p = acc.columns();
    // Cholesky X'X = L L' in column order, skipping columns whose pivot is negligible.
    double[][] l = new double[p][p];
    boolean[] aliased = new boolean[p];
    int rank = 0;
    for (int j = 0; j < p; j++) {
      double diag = acc.xtx(j, j);
      double d = diag;
      for (int k = 0; k < j; k++) {
        if (!aliased[k]) {
          d -= l[j][k] * l[j][k];
        }
      }
      if (diag <= 0 || d <= ALIAS_TOLERANCE * diag) {
        aliased[j] = true;
        continue;
      }
      double ljj = Math.sqrt(d);
      l[j][j] = ljj;
      rank++;
      for (int i = j + 1; i < p; i++) {
        double s = acc.xtx(i, j);
        for (int k = 0; k < j; k++) {
          if (!aliased[k]) {
            s -= l[i][k] * l[j][k];
          }
        }
        l[i][j] = s / ljj;
      }
    }
    if (acc.count() <= rank) {
      throw new IllegalArgumentException("Regression has n = " + acc.count() + " observations for " + rank
          + " estimable coefficients " + names + ": at least " + (rank + 1) + " are needed for residual degrees of"
          + " freedom");
    }
    int[] kept = new int[rank];
    int m = 0;
    for (int j = 0; j < p; j++) {
      if (!aliased[j]) {
        kept[m++] = j;
      }
    }
    // inverse of L (lower triangular) over kept columns, then (X'X)^-1 = L^-T L^-1
    double[][] lk = new double[rank][rank];
    for (int a = 0; a < rank; a++) {
      for (int b = 0; b <= a; b++) {
        lk[a][b] = l[kept[a]][kept[b]];
      }
    }
    double[][] linv = new double[rank][rank];
    for (int a = 0; a < rank; a++) {
      linv[a][a] = 1 / lk[a][a];
      for (int b = a - 1; b >= 0; b--) {
        double s = 0;
        for (int k = b; k < a; k++) {
          s += lk[a][k] * linv[k][b];
        }
        linv[a][b] = -s / lk[a][a];
      }
    }
    double[][] inv = new double[rank][rank];
    for (int a = 0; a < rank; a++) {
      for (int b = 0; b <= a; b++) {
        double s = 0;
        for (int k = a; k < rank; k++) {
          s += linv[k][a] * linv[k][b];
        }
        inv[a][b] = s;
        inv[b][a] = s;
      }
    }
    double[] beta = new double[p];
    for (int a = 0; a < rank; a++) {
      double s = 0;
      for (int b = 0; b < rank; b++) {
        s += inv[a][b] * acc.xty(kept[b]);
      }
      beta[kept[a]] = s;
    }
    double[][] full = new double[p][p];
    for (int a = 0; a < rank; a++) {
      for (int b = 0; b < rank; b++) {
        full[kept[a]][kept[b]] = inv[a][b];
      }
    }
    return new OlsSolution(names, aliased, beta, full, acc.count(), acc.yty(), acc.sumY(), rank);
  }

  /**
   * The column names.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * Whether column j is aliased (a linear combination of earlier columns) and was not estimated.
   *
   * @param j the column
   * @return true if aliased
   */
  public boolean aliased(int j) {
    return aliased[j];
  }

  /**
   * The names of aliased columns.
   *
   * @return the names, empty when X has full column rank
   */
  public List<String> aliasedNames() {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < aliased.length; j++) {
      if (aliased[j]) {
        out.add(names.get(j));
      }
    }
    return out;
  }

  /**
   * The number of estimable coefficients.
   *
   * @return the rank of X
   */
  public int rank() {
    return rank;
  }

  /**
   * The number of rows.
   *
   * @return n
   */
  public long count() {
    return n;
  }

  /**
   * The coefficient of column j (0 for an aliased column; check {@link #aliased(int)}).
   *
   * @param j the column
   * @return the estimate
   */
  public double coefficient(int j) {
    return beta[j];
  }

  /**
   * The fitted value {@code x'b}.
   *
   * @param x a row of X
   * @return the fitted value
   */
  public double fitted(double[] x) {
    double s = 0;
    for (int j = 0; j < beta.length; j++) {
      s += x[j] * beta[j];
    }
    return s;
  }

  /**
   * The leverage {@code h = x'(X'X)^-1 x} (over estimable columns).
   *
   * @param x a row of X
   * @return the leverage
   */
  public double leverage(double[] x) {
    double h = 0;
    int p = beta.length;
    for (int a = 0; a < p; a++) {
      if (aliased[a] || x[a] == 0) {
        continue;
      }
      double s = 0;
      double[] row = inverse[a];
      for (int b = 0; b < p; b++) {
        s += row[b] * x[b];
      }
      h += x[a] * s;
    }
    return h;
  }

  /**
   * Element (a, b) of {@code (X'X)^-1} (0 in aliased rows and columns).
   *
   * @param a row
   * @param b column
   * @return the element
   */
  public double inverse(int a, int b) {
    return inverse[a][b];
  }

  double yty() {
    return yty;
  }

  double sumY() {
    return sumY;
  }

  double[] beta() {
    return Arrays.copyOf(beta, beta.length);
  }
}
