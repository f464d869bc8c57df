package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.outcomes.Interval;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap's figures recomputed by hand from its own replicates, following the formulas of
 * the package documentation (percentile interval, standard error, BCa after Efron 1987), and the
 * fused ratio-of-sums path checked against drawing first and computing after.
 */
class BootstrapFormulaTest {

  private static final NormalDistribution PHI = new NormalDistribution(0, 1);

  /** R's type-7 quantile of sorted values. */
  private static double type7(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Improvements in [-10, 20) and costs in [1, 500) for n participants. */
  static double[][] sample(long seed, int n) {
    SplittableRandom data = new SplittableRandom(seed);
    double[][] yc = new double[2][n];
    for (int i = 0; i < n; i++) {
      yc[0][i] = data.nextDouble(-10, 20);
      yc[1][i] = data.nextDouble(1, 500);
    }
    return yc;
  }

  /** {@code a = sum (m - j)^3 / (6 (sum (m - j)^2)^(3/2))} of jackknife values {@code j} with mean {@code m}. */
  private static double acceleration(double[] jack) {
    double m = Arrays.stream(jack).average().orElseThrow();
    double num = 0;
    double den = 0;
    for (double v : jack) {
      num += Math.pow(m - v, 3);
      den += Math.pow(m - v, 2);
    }
    return num / (6 * Math.pow(den, 1.5));
  }

  /** Skewed values, so that the acceleration is clearly not zero. */
  private static double[] skewed(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.exp(1.2 * r.nextGaussian());
    }
    return y;
  }

  @Test
  void percentileBcaAndStandardErrorFollowTheFormulas() {
    int n = 40;
    double[] y = skewed(5, n);
    SampleStatistic mean = OutcomeStatistics.meanImprovement(y);
    Bootstrap b = Bootstrap.of(1000, 77L).withLevel(0.9);
    double[] rep = b.replicates(n, mean);
    BootstrapResult r = b.run(n, mean);

    double estimate = Arrays.stream(y).sum() / n;
    assertEquals(estimate, r.estimate(), 1e-12);
    assertEquals(1000, r.resamples());
    assertEquals(77L, r.seed());

    double[] sorted = rep.clone();
    Arrays.sort(sorted);
    assertEquals(type7(sorted, 0.05), r.percentile().lower(), 1e-12);
    assertEquals(type7(sorted, 0.95), r.percentile().upper(), 1e-12);
    assertEquals(0.9, r.percentile().level(), 0.0);
    assertEquals("bootstrap percentile, 1000 resamples, seed 77", r.percentile().method());

    double m = Arrays.stream(rep).average().orElseThrow();
    double ss = 0;
    for (double v : rep) {
      ss += (v - m) * (v - m);
    }
    assertEquals(Math.sqrt(ss / 999), r.standardError(), 1e-12);

    long below = Arrays.stream(rep).filter(v -> v < estimate).count();
    double z0 = PHI.inverseCumulativeProbability((double) below / 1000);
    double[] jack = new double[n];
    for (int i = 0; i < n; i++) {
      jack[i] = (estimate * n - y[i]) / (n - 1);
    }
    double a = acceleration(jack);
    assertTrue(Math.abs(a) > 0.01, "skewed sample: acceleration " + a);
    double zl = z0 + PHI.inverseCumulativeProbability(0.05);
    double zh = z0 + PHI.inverseCumulativeProbability(0.95);
    Interval bca = r.bca().orElseThrow();
    assertEquals(type7(sorted, PHI.cumulativeProbability(z0 + zl / (1 - a * zl))), bca.lower(), 1e-9);
    assertEquals(type7(sorted, PHI.cumulativeProbability(z0 + zh / (1 - a * zh))), bca.upper(), 1e-9);
    assertEquals(0.9, bca.level(), 0.0);
    assertEquals("bootstrap BCa, 1000 resamples, seed 77, acceleration from leave-one-out jackknife", bca.method());
    assertTrue(r.bcaUndefinedBecause().isEmpty());
  }

  /** Jackknife values of a mean without each of {@code groups} interleaved groups ({@code i mod groups}). */
  private static double[] meanJackknife(double[] y, int groups) {
    double[] jack = new double[groups];
    for (int g = 0; g < groups; g++) {
      double s = 0;
      int m = 0;
      for (int i = 0; i < y.length; i++) {
        if (i % groups != g) {
          s += y[i];
          m++;
        }
      }
      jack[g] = s / m;
    }
    return jack;
  }

  /** The BCa interval of a 95% bootstrap of the mean of {@code y}, recomputed by hand, against the run's. */
  private static Interval assertBcaOfMean(Bootstrap b, double[] y, SampleStatistic statistic, int groups) {
    int n = y.length;
    double[] rep = b.replicates(n, statistic);
    BootstrapResult r = b.run(n, statistic);
    double estimate = Arrays.stream(y).sum() / n;
    double a = acceleration(meanJackknife(y, groups));
    double[] sorted = rep.clone();
    Arrays.sort(sorted);
    long below = Arrays.stream(rep).filter(v -> v < estimate).count();
    double z0 = PHI.inverseCumulativeProbability((double) below / rep.length);
    double zl = z0 + PHI.inverseCumulativeProbability(0.025);
    double zh = z0 + PHI.inverseCumulativeProbability(0.975);
    Interval bca = r.bca().orElseThrow();
    assertEquals(type7(sorted, PHI.cumulativeProbability(z0 + zl / (1 - a * zl))), bca.lower(), 1e-9);
    assertEquals(type7(sorted, PHI.cumulativeProbability(z0 + zh / (1 - a * zh))), bca.upper(), 1e-9);
    return bca;
  }

  @Test
  void aboveTheExactLimitTheJackknifeDeletesInterleavedGroups() {
    int n = Bootstrap.EXACT_JACKKNIFE_LIMIT + 1;
    double[] y = skewed(8, n);
    Interval bca = assertBcaOfMean(Bootstrap.of(100, 3L), y, OutcomeStatistics.meanImprovement(y),
        Bootstrap.JACKKNIFE_GROUPS);
    assertEquals("bootstrap BCa, 100 resamples, seed 3, acceleration from grouped jackknife "
        + "(200 interleaved groups, i mod 200)", bca.method());
  }

  @Test
  void atTheExactLimitTheJackknifeStillLeavesOneOut() {
    int n = Bootstrap.EXACT_JACKKNIFE_LIMIT;
    double[] y = skewed(9, n);
    Interval bca = assertBcaOfMean(Bootstrap.of(100, 4L), y, OutcomeStatistics.meanImprovement(y), n);
    assertEquals("bootstrap BCa, 100 resamples, seed 4, acceleration from leave-one-out jackknife", bca.method());
  }

  @Test
  void replicatesEqualToTheEstimateDoNotCountAsBelowIt() {
    // a proportion of 10 participants takes the values k / 10, so many replicates equal the estimate 0.6
    double[] improved = {1, 0, 1, 1, 0, 1, 0, 1, 0, 1};
    assertBcaOfMean(Bootstrap.of(400, 12L), improved, OutcomeStatistics.proportionImprovedBy(improved, 0.5),
        improved.length);
  }

  @Test
  void fusedAndGenericRatioOfSumsAgreeOnBothJackknives() {
    for (int n : new int[] {12, Bootstrap.EXACT_JACKKNIFE_LIMIT + 7}) {
      double[][] yc = sample(n, n);
      SampleStatistic fused = OutcomeStatistics.weightedVfm(yc[0], yc[1]);
      SampleStatistic generic = (idx, len) -> fused.compute(idx, len);
      Bootstrap b = Bootstrap.of(200, 7L);
      BootstrapResult f = b.run(n, fused);
      BootstrapResult g = b.run(n, generic);
      assertArrayEquals(b.replicates(n, generic), b.replicates(n, fused), 0.0);
      assertEquals(g.percentile(), f.percentile());
      assertEquals(g.standardError(), f.standardError(), 0.0);
      assertEquals(g.bca().orElseThrow().lower(), f.bca().orElseThrow().lower(), 1e-12);
      assertEquals(g.bca().orElseThrow().upper(), f.bca().orElseThrow().upper(), 1e-12);
      assertEquals(g.bca().orElseThrow().method(), f.bca().orElseThrow().method());
    }
  }

  @Test
  void fusedResampleIsTheStatisticOfTheDrawnIndices() {
    for (int n : new int[] {1, 2, 3, 7, 64, 1001}) {
      double[][] yc = sample(31L * n, n);
      RatioOfSums s = (RatioOfSums) OutcomeStatistics.weightedVfm(yc[0], yc[1]);
      for (long seed = 0; seed < 20; seed++) {
        int[] idx = new int[n];
        Bootstrap.draw(new SplittableRandom(seed), n, idx);
        double sy = 0;
        double sc = 0;
        for (int i : idx) {
          assertTrue(i >= 0 && i < n, "index " + i);
          sy += yc[0][i];
          sc += yc[1][i];
        }
        assertEquals(sy / sc, s.compute(idx, n), 0.0);
        assertEquals(Double.doubleToLongBits(sy / sc),
            Double.doubleToLongBits(s.resample(new SplittableRandom(seed), n)), "n " + n + " seed " + seed);
      }
    }
  }

  @Test
  void groupedJackknifeOfSumsEqualsRecomputing() {
    int n = 23;
    double[][] yc = sample(4, n);
    RatioOfSums s = (RatioOfSums) OutcomeStatistics.weightedVfm(yc[0], yc[1]);
    for (int groups : new int[] {1 + 1, 5, n}) {
      double[] fast = s.jackknife(n, groups);
      assertEquals(groups, fast.length);
      for (int g = 0; g < groups; g++) {
        double sy = 0;
        double sc = 0;
        for (int i = 0; i < n; i++) {
          if (i % groups != g) {
            sy += yc[0][i];
            sc += yc[1][i];
          }
        }
        assertEquals(sy / sc, fast[g], 1e-12 * Math.max(1, Math.abs(sy / sc)), "groups " + groups + " g " + g);
      }
    }
  }

  @Test
  void drawOfOneParticipantAlwaysPicksIt() {
    int[] idx = new int[1];
    Bootstrap.draw(new SplittableRandom(1), 1, idx);
    assertArrayEquals(new int[] {0}, idx);
  }

  @Test
  void statisticsByHand() {
    double[] y = {2, 4, 9};
    double[] c = {1, 2, 3};
    int[] all = {0, 1, 2};
    assertEquals(5.0, OutcomeStatistics.meanImprovement(y).compute(all, 3), 1e-15);
    assertEquals(3.0, OutcomeStatistics.meanImprovement(y).compute(new int[] {0, 1, 2}, 2), 1e-15);
    // (2 + 4 + 9) / (1 + 2 + 3) = 2.5; mean of 2, 2, 3 = 7/3
    assertEquals(2.5, OutcomeStatistics.weightedVfm(y, c).compute(all, 3), 1e-15);
    assertEquals(7.0 / 3, OutcomeStatistics.unweightedMeanVfm(y, c).compute(all, 3), 1e-15);
    assertEquals(2.5, OutcomeStatistics.unweightedMeanVfm(y, c).compute(new int[] {2, 0}, 2), 1e-15);
    // the statistics keep their own copies
    SampleStatistic m = OutcomeStatistics.meanImprovement(y);
    SampleStatistic w = OutcomeStatistics.unweightedMeanVfm(y, c);
    y[0] = 100;
    c[0] = 100;
    assertEquals(5.0, m.compute(all, 3), 1e-15);
    assertEquals(7.0 / 3, w.compute(all, 3), 1e-15);
  }

  @Test
  void costsMustMatchAndBePositiveAndFinite() {
    IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.unweightedMeanVfm(new double[] {1, 2}, new double[] {1}));
    assertEquals("Argument 'cost' must have one entry per participant (2): 1", len.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.weightedVfm(new double[] {1, 2}, new double[] {Double.NaN, 1}));
    assertEquals("Argument 'cost[0]' must be a finite number: NaN", nan.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.weightedVfm(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
    assertEquals("Argument 'cost[0]' must be a finite number: Infinity", inf.getMessage());
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.weightedVfm(new double[] {1}, new double[] {-1}));
    assertEquals("Argument 'cost[0]' must be positive: -1.0", neg.getMessage());
    IllegalArgumentException thr = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.proportionImprovedBy(new double[] {1}, Double.NaN));
    assertEquals("Argument 'threshold' must be a finite number: NaN", thr.getMessage());
  }

  @Test
  void levelAndThreadsAreChecked() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 1).withLevel(0));
    assertEquals("Argument 'level' must be between 0 and 1 (exclusive): 0.0", zero.getMessage());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 1).withLevel(1));
    assertEquals("Argument 'level' must be between 0 and 1 (exclusive): 1.0", one.getMessage());
    IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 1).withThreads(0));
    assertEquals("Argument 'threads' must be between 1 and 1024: 0", threads.getMessage());
    assertEquals(new Bootstrap(100, 1, 0.8, 3), Bootstrap.of(100, 1).withLevel(0.8).withThreads(3));
    IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 1).replicates(0, (idx, len) -> 1));
    assertEquals("Argument 'n' must be positive: 0", n.getMessage());
    IllegalArgumentException original = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 1).run(3, (idx, len) -> len == 3 && idx[2] == 2 ? Double.NaN : 1));
    assertEquals("Argument 'statistic on the original sample' must be a finite number: NaN", original.getMessage());
  }

  @Test
  void aFailingStatisticFailsTheParallelRunWithItsOwnException() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Bootstrap.of(100, 1).withThreads(3).replicates(5, (idx, len) -> {
          throw new IllegalStateException("cannot compute");
        }));
    assertEquals("cannot compute", e.getMessage());
  }

  @Test
  void resultRequiresAReasonExactlyWhenBcaIsAbsent() {
    Interval i = new Interval(1, 2, 0.95, "m");
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> new BootstrapResult(1.5, 100, 1, i, Optional.of(i), Optional.of("why"), 0.1));
    assertEquals("Argument 'bcaUndefinedBecause' must be given exactly when BCa is absent: Optional[why]",
        both.getMessage());
    IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
        () -> new BootstrapResult(1.5, 100, 1, i, Optional.empty(), Optional.empty(), 0.1));
    assertEquals("Argument 'bcaUndefinedBecause' must be given exactly when BCa is absent: Optional.empty",
        neither.getMessage());
    BootstrapResult r = new BootstrapResult(1.5, 100, 1, i, Optional.empty(), Optional.of("no spread"), 0.25);
    assertEquals("estimate 1.500; " + i + "; BCa undefined: no spread; standard error 0.2500", r.toString());
    BootstrapResult withBca = new BootstrapResult(1.5, 100, 1, i, Optional.of(i), Optional.empty(), 0.25);
    assertEquals("estimate 1.500; " + i + "; " + i + "; standard error 0.2500", withBca.toString());
  }
}
