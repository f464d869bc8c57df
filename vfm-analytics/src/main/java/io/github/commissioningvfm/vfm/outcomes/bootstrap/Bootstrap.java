package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Numerics;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.internal.Distributions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A seeded nonparametric bootstrap. Formulas in the package documentation.
 *
 * <pre>{@code
 * BootstrapResult r = Bootstrap.of(2000, 20250611L).withThreads(2)
 *     .run(n, (idx, len) -> weightedVfm(idx, len));
 * }</pre>
 *
 * @param resamples B, from 100 to {@value #MAX_RESAMPLES}
 * @param seed the master seed
 * @param level the intervals' coverage
 * @param threads worker threads, from 1 to {@value #MAX_THREADS} (the result does not depend on it)
 * @since 0.1.0
 */
public record Bootstrap(int resamples, long seed, double level, int threads) {

  /**
   * The most resamples: {@value}, far beyond any published analysis (2,000 is usual for BCa);
   * checked before the array of replicates is allocated, so a mistyped count fails at once.
   */
  public static final int MAX_RESAMPLES = 10_000_000;
  /** The most worker threads: {@value}. */
  public static final int MAX_THREADS = 1_024;

  /** Up to this many participants BCa uses the exact leave-one-out jackknife. */
  public static final int EXACT_JACKKNIFE_LIMIT = 5000;
  /** Above {@link #EXACT_JACKKNIFE_LIMIT}, the jackknife deletes one of this many interleaved groups. */
  public static final int JACKKNIFE_GROUPS = 200;

  /**
   * Creates a bootstrap specification.
   *
   * @param resamples B
   * @param seed seed
   * @param level coverage
   * @param threads threads
   */
  public Bootstrap {
    Args.inRange(resamples, 100, MAX_RESAMPLES, "resamples");
    Args.check(level > 0 && level < 1, "level", "be between 0 and 1 (exclusive)", level);
    Args.inRange(threads, 1, MAX_THREADS, "threads");
  }

  /**
   * A 95% bootstrap on one thread.
   *
   * @param resamples B
   * @param seed the master seed
   * @return the specification
   */
  public static Bootstrap of(int resamples, long seed) {
    return new Bootstrap(resamples, seed, 0.95, 1);
  }

  /**
   * The same bootstrap on a number of threads.
   *
   * @param count threads
   * @return the specification
   */
  public Bootstrap withThreads(int count) {
    return new Bootstrap(resamples, seed, level, count);
  }

  /**
   * The same bootstrap with another coverage.
   *
   * @param coverage e.g. 0.9
   * @return the specification
   */
  public Bootstrap withLevel(double coverage) {
    return new Bootstrap(resamples, seed, coverage, threads);
  }

  /**
   * The B replicates of a statistic, in resample order.
   *
   * @param n the number of participants
   * @param statistic the statistic
   * @return the replicates (replicate b from stream b)
   */
  public double[] replicates(int n, SampleStatistic statistic) {
    Args.positive(n, "n");
    Args.notNull(statistic, "statistic");
    double[] out = new double[resamples];
    RandomStreams streams = RandomStreams.of(seed);
    if (threads == 1) {
      work(0, 1, n, statistic, streams, out);
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "outcomes-bootstrap");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(pool.submit(() -> work(first, threads, n, statistic, streams, out)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Bootstrap interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("Bootstrap failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private void work(int first, int stride, int n, SampleStatistic statistic, RandomStreams streams, double[] out) {
    RatioOfSums fused = statistic instanceof RatioOfSums r ? r : null;
    int[] idx = fused == null ? new int[n] : null;
    for (int b = first; b < resamples; b += stride) {
      double v;
      if (fused != null) {
        v = fused.resample(streams.forIteration(b), n);
      } else {
        draw(streams.forIteration(b), n, idx);
        v = statistic.compute(idx, n);
      }
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("The statistic is undefined (" + v + ") on bootstrap resample " + b
            + " of seed " + seed + "; use a statistic that is defined on every resample");
      }
      out[b] = v;
    }
  }

  /**
   * Runs the bootstrap and computes percentile and BCa intervals.
   *
   * @param n the number of participants
   * @param statistic the statistic
   * @return the result
   */
  public BootstrapResult run(int n, SampleStatistic statistic) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    double estimate = Args.finite(statistic.compute(all, n), "statistic on the original sample");
    double[] rep = replicates(n, statistic);
    double[] sorted = rep.clone();
    Arrays.sort(sorted);
    double alpha = 1 - level;
    Interval pct = new Interval(Numerics.quantileOfSorted(sorted, alpha / 2),
        Numerics.quantileOfSorted(sorted, 1 - alpha / 2), level,
        "bootstrap percentile, " + resamples + " resamples, seed " + seed);
    double mean = 0;
    for (double v : rep) {
      mean += v;
    }
    mean /= resamples;
    double ss = 0;
    for (double v : rep) {
      ss += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(ss / (resamples - 1));
    long below = 0;
    for (double v : rep) {
      if (v < estimate) {
        below++;
      }
    }
    if (below == 0 || below == resamples) {
      return new BootstrapResult(estimate, resamples, seed, pct, Optional.empty(), Optional.of(
          "every replicate lies on one side of the estimate, so the bias correction z0 is infinite"), se);
    }
    double z0 = Distributions.normalQuantile((double) below / resamples);
    double a = acceleration(n, statistic);
    double lo = adjusted(z0, a, Distributions.normalQuantile(alpha / 2));
    double hi = adjusted(z0, a, Distributions.normalQuantile(1 - alpha / 2));
    String jack = n <= EXACT_JACKKNIFE_LIMIT ? "leave-one-out jackknife"
        : "grouped jackknife (" + JACKKNIFE_GROUPS + " interleaved groups, i mod " + JACKKNIFE_GROUPS + ")";
    Interval bca = new Interval(Numerics.quantileOfSorted(sorted, lo), Numerics.quantileOfSorted(sorted, hi), level,
        "bootstrap BCa, " + resamples
        + " resamples, seed " + seed + ", acceleration from " + jack);
    return new BootstrapResult(estimate, resamples, seed, pct, Optional.of(bca), Optional.empty(), se);
  }

  /**
   * Fills {@code idx} with n uniform draws from [0, n): two draws per 64-bit output, each by
   * Lemire's multiply-shift with rejection (unbiased).
   */
  static void draw(SplittableRandom rng, int n, int[] idx) {
    long bound = n;
    long threshold = (1L << 32) % bound;
    int i = 0;
    while (i < n) {
      long bits = rng.nextLong();
      for (int half = 0; half < 2 && i < n; half++) {
        long x = half == 0 ? bits >>> 32 : bits & 0xFFFFFFFFL;
        long m = x * bound;
        if ((m & 0xFFFFFFFFL) >= threshold) {
          idx[i++] = (int) (m >>> 32);
        }
      }
    }
  }

  private static double adjusted(double z0, double a, double z) {
    double s = z0 + z;
    return Distributions.normalCdf(z0 + s / (1 - a * s));
  }

  private static double acceleration(int n, SampleStatistic statistic) {
    int groups = n <= EXACT_JACKKNIFE_LIMIT ? n : JACKKNIFE_GROUPS;
    double[] jack = statistic instanceof RatioOfSums r ? r.jackknife(n, groups) : new double[groups];
    int[] idx = statistic instanceof RatioOfSums ? new int[0] : new int[n];
    for (int g = 0; g < groups && idx.length > 0; g++) {
      int m = 0;
      int skip = g;
      for (int i = 0; i < n; i++) {
        if (i == skip) {
          skip += groups;
        } else {
          idx[m++] = i;
        }
      }
      jack[g] = statistic.compute(idx, m);
    }
    double mean = 0;
    for (double v : jack) {
      mean += v;
    }
    mean /= groups;
    double num = 0;
    double den = 0;
    for (double v : jack) {
      double d = mean - v;
      num += d * d * d;
      den += d * d;
    }
    if (den == 0 || !Double.isFinite(num)) {
      return 0;
    }
    return num / (6 * Math.pow(den, 1.5));
  }
}
