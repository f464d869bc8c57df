package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import java.util.SplittableRandom;

/**
 * {@code sum_k y[i_k] / sum_k c[i_k]} over a sample of indices, with a fused resampling loop: a
 * resample's indices are drawn exactly as {@link Bootstrap#draw} draws them and summed as they are
 * drawn, in the same order, so the replicate is bit for bit the one of drawing first and computing
 * after, without writing and reading back an index array.
 */
final class RatioOfSums implements SampleStatistic {

  private static final long LOW = 0xFFFFFFFFL;

  /** Interleaved {@code (y0, c0, y1, c1, ...)}, so that one cache line serves both values of a draw. */
  private final double[] pairs;

  RatioOfSums(double[] numerator, double[] denominator) {
    pairs = new double[2 * numerator.length];
    for (int i = 0; i < numerator.length; i++) {
      pairs[2 * i] = numerator[i];
      pairs[2 * i + 1] = denominator[i];
    }
  }

  @Override
  public double compute(int[] indices, int length) {
    double sy = 0;
    double sc = 0;
    for (int k = 0; k < length; k++) {
      int i = indices[k] << 1;
      sy += pairs[i];
      sc += pairs[i + 1];
    }
    return sy / sc;
  }

  /**
   * The statistic on one resample of {@code n} indices from {@code [0, n)} drawn from {@code rng}.
   *
   * @param rng the resample's stream
   * @param n the number of participants
   * @return the replicate
   */
  double resample(SplittableRandom rng, int n) {
    long bound = n;
    long threshold = (1L << 32) % bound;
    double sy = 0;
    double sc = 0;
    int drawn = 0;
    while (drawn < n) {
      long bits = rng.nextLong();
      long m = (bits >>> 32) * bound;
      if ((m & LOW) >= threshold) {
        int i = (int) (m >>> 32) << 1;
        sy += pairs[i];
        sc += pairs[i + 1];
        drawn++;
      }
      if (drawn < n) {
        m = (bits & LOW) * bound;
        if ((m & LOW) >= threshold) {
          int i = (int) (m >>> 32) << 1;
          sy += pairs[i];
          sc += pairs[i + 1];
          drawn++;
        }
      }
    }
    return sy / sc;
  }

  /**
   * The jackknife values of interleaved groups in one pass: group {@code g} holds the indices
   * {@code i < n} with {@code i mod groups = g}, and its value is the statistic without them,
   * {@code (SY - sy_g) / (SC - sc_g)} (the same as computing it on the remaining indices, up to
   * rounding).
   *
   * @param n the number of participants
   * @param groups the number of groups
   * @return the value without each group
   */
  double[] jackknife(int n, int groups) {
    double[] sy = new double[groups];
    double[] sc = new double[groups];
    for (int i = 0; i < n; i++) {
      sy[i % groups] += pairs[2 * i];
      sc[i % groups] += pairs[2 * i + 1];
    }
    double totalY = 0;
    double totalC = 0;
    for (int g = 0; g < groups; g++) {
      totalY += sy[g];
      totalC += sc[g];
    }
    double[] out = new double[groups];
    for (int g = 0; g < groups; g++) {
      out[g] = (totalY - sy[g]) / (totalC - sc[g]);
    }
    return out;
  }
}
