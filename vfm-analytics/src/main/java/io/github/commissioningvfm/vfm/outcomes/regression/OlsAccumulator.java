package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;

/**
 * First-pass sufficient statistics of a least-squares fit: {@code n}, {@code X'X}, {@code X'y},
 * {@code y'y} and {@code sum y}. Mergeable: {@code a.merge(b)} holds the statistics of the union
 * of the rows of a and b, so chunks can be accumulated separately (threads, files, machines).
 * Not thread-safe; give each thread its own accumulator and merge.
 *
 * @since 0.1.0
 */
public final class OlsAccumulator {

  private final int p;
  private long n;
  private final double[] xtx;
  private final double[] xty;
  private double yty;
  private double sumY;

  private OlsAccumulator(int p) {
    this.p = Args.positive(p, "p");
    this.xtx = new double[p * p];
    this.xty = new double[p];
  }

  /**
   * An empty accumulator for {@code p} columns (intercept included if wanted).
   *
   * @param p the number of columns of X
   * @return the accumulator
   */
  public static OlsAccumulator of(int p) {
    return new OlsAccumulator(p);
  }

  /**
   * Adds one row.
   *
   * @param x the row of X, length p
   * @param y the response
   */
  public void add(double[] x, double y) {
    for (int i = 0; i < p; i++) {
      double xi = x[i];
      if (xi == 0) {
        continue;
      }
      int base = i * p;
      for (int j = i; j < p; j++) {
        xtx[base + j] += xi * x[j];
      }
      xty[i] += xi * y;
    }
    yty += y * y;
    sumY += y;
    n++;
  }

  /**
   * Adds another accumulator's rows to this one.
   *
   * @param other an accumulator with the same p
   * @return this accumulator
   */
  public OlsAccumulator merge(OlsAccumulator other) {
    Args.check(other.p == p, "other.p", "equal " + p, other.p);
    for (int i = 0; i < xtx.length; i++) {
      xtx[i] += other.xtx[i];
    }
    for (int i = 0; i < p; i++) {
      xty[i] += other.xty[i];
    }
    yty += other.yty;
    sumY += other.sumY;
    n += other.n;
    return this;
  }

  /**
   * The number of rows added.
   *
   * @return n
   */
  public long count() {
    return n;
  }

  /**
   * The number of columns.
   *
   * @return p
   */
  public int columns() {
    return p;
  }

  /**
   * Element (i, j) of X'X.
   *
   * @param i row
   * @param j column
   * @return the element
   */
  public double xtx(int i, int j) {
    return i <= j ? xtx[i * p + j] : xtx[j * p + i];
  }

  /**
   * Element i of X'y.
   *
   * @param i the index
   * @return the element
   */
  public double xty(int i) {
    return xty[i];
  }

  /**
   * The sum of squared responses.
   *
   * @return y'y
   */
  public double yty() {
    return yty;
  }

  /**
   * The sum of responses.
   *
   * @return sum y
   */
  public double sumY() {
    return sumY;
  }

  /**
   * Solves the normal equations, detecting columns that are (numerically) linear combinations of
   * earlier columns; those are aliased and left out of the solution.
   *
   * @param names the column names, length p, for messages
   * @return the solution
   * @throws IllegalArgumentException if there are no more rows than estimable coefficients
   */
  public OlsSolution solve(java.util.List<String> names) {
    Args.check(names.size() == p, "names", "have " + p + " entries", names.size());
    return OlsSolution.solve(this, names);
  }
}
