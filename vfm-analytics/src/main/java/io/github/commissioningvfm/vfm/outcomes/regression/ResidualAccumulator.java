package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.internal.Distributions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Second-pass statistics of a least-squares fit, given its {@link OlsSolution}: residual sum of
 * squares and the HC0 and HC3 sandwich "meat" matrices {@code sum e_i^2 x_i x_i'} and
 * {@code sum e_i^2/(1-h_i)^2 x_i x_i'}. Mergeable by addition; not thread-safe.
 *
 * @since 0.1.0
 */
public final class ResidualAccumulator {

  /** Leverage at or above {@code 1 - LEVERAGE_TOLERANCE} makes HC3 undefined. */
  public static final double LEVERAGE_TOLERANCE = 1e-10;

  private final OlsSolution solution;
  private final int p;
  private long n;
  private double rss;
  private final double[] meat0;
  private final double[] meat3;
  private long fullLeverage;

  private ResidualAccumulator(OlsSolution solution) {
    this.solution = Args.notNull(solution, "solution");
    this.p = solution.names().size();
    this.meat0 = new double[p * p];
    this.meat3 = new double[p * p];
  }

  /**
   * An empty second-pass accumulator.
   *
   * @param solution the first-pass solution
   * @return the accumulator
   */
  public static ResidualAccumulator of(OlsSolution solution) {
    return new ResidualAccumulator(solution);
  }

  /**
   * Adds one row (the same rows, in any order and chunking, as in the first pass).
   *
   * @param x the row of X
   * @param y the response
   */
  public void add(double[] x, double y) {
    double e = y - solution.fitted(x);
    double e2 = e * e;
    double h = solution.leverage(x);
    double w3;
    if (h >= 1 - LEVERAGE_TOLERANCE) {
      fullLeverage++;
      w3 = 0;
    } else {
      w3 = e2 / ((1 - h) * (1 - h));
    }
    rss += e2;
    for (int i = 0; i < p; i++) {
      double xi = x[i];
      if (xi == 0) {
        continue;
      }
      int base = i * p;
      for (int j = i; j < p; j++) {
        double xx = xi * x[j];
        meat0[base + j] += e2 * xx;
        meat3[base + j] += w3 * xx;
      }
    }
    n++;
  }

  /**
   * Adds another accumulator's rows.
   *
   * @param other an accumulator for the same solution
   * @return this accumulator
   */
  public ResidualAccumulator merge(ResidualAccumulator other) {
    Args.check(other.solution == solution, "other", "use the same solution", other);
    for (int i = 0; i < meat0.length; i++) {
      meat0[i] += other.meat0[i];
      meat3[i] += other.meat3[i];
    }
    rss += other.rss;
    n += other.n;
    fullLeverage += other.fullLeverage;
    return this;
  }

  /**
   * Computes the regression table.
   *
   * @param level coverage of the coefficient intervals, e.g. 0.95
   * @param notes notes to carry into the result (e.g. dropped covariates)
   * @return the result
   * @throws IllegalStateException if the second pass saw a different number of rows from the first
   */
  public OlsResult finish(double level, List<String> notes) {
    if (n != solution.count()) {
      throw new IllegalStateException("The second pass saw " + n + " rows but the first saw " + solution.count());
    }
    int rank = solution.rank();
    double df = n - rank;
    double sigma2 = rss / df;
    double tCrit = Distributions.tQuantile(1 - (1 - level) / 2, df);
    double[][] v0 = sandwich(meat0);
    double[][] v3 = sandwich(meat3);
    List<OlsResult.Coefficient> coefficients = new ArrayList<>();
    List<String> allNotes = new ArrayList<>(notes);
    if (!solution.aliasedNames().isEmpty()) {
      allNotes.add("Not estimable (aliased: a linear combination of earlier columns, e.g. collinear covariates or a"
          + " level present in every row): " + solution.aliasedNames() + "; rank " + rank + " of "
          + solution.names().size() + " columns.");
    }
    if (fullLeverage > 0) {
      allNotes.add("HC3 standard errors are not reported: " + fullLeverage + " row(s) have leverage 1 (the fit passes"
          + " exactly through them).");
    }
    for (int j = 0; j < p; j++) {
      if (solution.aliased(j)) {
        continue;
      }
      double b = solution.coefficient(j);
      double classical = Math.sqrt(sigma2 * solution.inverse(j, j));
      double hc1 = Math.sqrt(v0[j][j] * n / df);
      Optional<OlsResult.Inference> hc3 = fullLeverage > 0 ? Optional.empty()
          : Optional.of(inference(b, Math.sqrt(v3[j][j]), df, tCrit, level, "HC3"));
      coefficients.add(new OlsResult.Coefficient(solution.names().get(j), b,
          inference(b, classical, df, tCrit, level, "classical"), inference(b, hc1, df, tCrit, level, "HC1"), hc3));
    }
    double meanY = solution.sumY() / n;
    double tss = solution.yty() - n * meanY * meanY;
    boolean hasIntercept = solution.names().get(0).equals(DesignSpec.INTERCEPT);
    if (!hasIntercept) {
      tss = solution.yty();
    }
    Optional<Double> r2 = tss > 0 ? Optional.of(1 - rss / tss) : Optional.empty();
    Optional<Double> adj = r2.map(r -> 1 - (1 - r) * (n - (hasIntercept ? 1 : 0)) / df);
    if (r2.isEmpty()) {
      allNotes.add("R-squared is undefined: the response does not vary.");
    }
    return new OlsResult(n, rank, (long) df, Math.sqrt(sigma2), r2, adj, coefficients, solution.aliasedNames(),
        allNotes);
  }

  private static OlsResult.Inference inference(double b, double se, double df, double tCrit, double level,
      String kind) {
    if (!(se > 0)) {
      return new OlsResult.Inference(0, Optional.empty(), Optional.empty(), Optional.empty());
    }
    double t = b / se;
    return new OlsResult.Inference(se, Optional.of(t), Optional.of(Distributions.tTwoSidedP(t, df)),
        Optional.of(new Interval(b - tCrit * se, b + tCrit * se, level, kind + " standard error, t(" + (long) df
            + ")")));
  }

  private double[][] sandwich(double[] meat) {
    double[][] m = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        m[i][j] = meat[i * p + j];
        m[j][i] = m[i][j];
      }
    }
    double[][] am = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += solution.inverse(i, k) * m[k][j];
        }
        am[i][j] = s;
      }
    }
    double[][] out = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += am[i][k] * solution.inverse(k, j);
        }
        out[i][j] = s;
      }
    }
    return out;
  }
}
