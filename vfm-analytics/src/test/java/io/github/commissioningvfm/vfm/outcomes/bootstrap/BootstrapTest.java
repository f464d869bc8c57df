package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  static double[] sample(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 5 + 3 * r.nextGaussian();
    }
    return y;
  }

  @Test
  void sameSeedSameResultWhateverTheThreadCount() {
    double[] y = sample(300, 7);
    double[] cost = new double[300];
    java.util.Arrays.fill(cost, 120.0);
    SampleStatistic s = OutcomeStatistics.weightedVfm(y, cost);
    double[] one = Bootstrap.of(500, 42).replicates(300, s);
    double[] two = Bootstrap.of(500, 42).withThreads(2).replicates(300, s);
    double[] three = Bootstrap.of(500, 42).withThreads(3).replicates(300, s);
    assertArrayEquals(one, two);
    assertArrayEquals(one, three);
    assertEquals(Bootstrap.of(500, 42).run(300, s), Bootstrap.of(500, 42).withThreads(4).run(300, s));
    double[] other = Bootstrap.of(500, 43).replicates(300, s);
    assertTrue(one[0] != other[0]);
  }

  @Test
  void percentileAndBcaAgreeWithTheAnalyticIntervalForAMean() {
    double[] y = sample(400, 11);
    BootstrapResult r = Bootstrap.of(4000, 2025).withThreads(2).run(400, OutcomeStatistics.meanImprovement(y));
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= y.length;
    double ss = 0;
    for (double v : y) {
      ss += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(ss / (y.length - 1) / y.length);
    // for a mean of 400 near-normal values the bootstrap SE is the analytic SE within Monte Carlo error (~5%)
    assertEquals(se, r.standardError(), 0.05 * se);
    assertEquals(mean - 1.96 * se, r.percentile().lower(), 0.1 * se * 1.96);
    assertEquals(mean + 1.96 * se, r.bca().orElseThrow().upper(), 0.1 * se * 1.96);
    assertEquals(mean, r.estimate(), 1e-12);
  }

  @Test
  void bcaIsUndefinedWhenEveryReplicateEqualsTheEstimate() {
    BootstrapResult r = Bootstrap.of(200, 1).run(50, (idx, len) -> 3.0);
    assertTrue(r.bca().isEmpty());
    assertEquals("every replicate lies on one side of the estimate, so the bias correction z0 is infinite",
        r.bcaUndefinedBecause().orElseThrow());
    assertEquals(3.0, r.percentile().lower());
  }

  @Test
  void undefinedStatisticNamesTheResample() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(100, 9).replicates(10, (idx, len) -> idx[0] == 0 ? Double.NaN : 1.0));
    assertTrue(e.getMessage().startsWith("The statistic is undefined (NaN) on bootstrap resample "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" of seed 9; use a statistic that is defined on every resample"));
  }

  @Test
  void drawsAreUniformOverTheParticipants() {
    int n = 7;
    long[] counts = new long[n];
    int[] idx = new int[n];
    SplittableRandom rng = new SplittableRandom(3);
    for (int rep = 0; rep < 20_000; rep++) {
      Bootstrap.draw(rng, n, idx);
      for (int i : idx) {
        counts[i]++;
      }
    }
    // 140,000 draws, expected 20,000 per index; sd = sqrt(140000 * (1/7) * (6/7)) ~ 131; allow 5 sd
    for (long c : counts) {
      assertEquals(20_000, c, 5 * 131);
    }
  }

  @Test
  void proportionStatisticCountsThresholdCrossings() {
    SampleStatistic s = OutcomeStatistics.proportionImprovedBy(new double[] {1, 3, 2.86, 5}, 2.86);
    // 3, 2.86 and 5 reach 2.86: 3 of 4
    assertEquals(0.75, s.compute(new int[] {0, 1, 2, 3}, 4));
    assertEquals(0.0, s.compute(new int[] {0, 0}, 2));
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(10, 1));
    assertEquals("Argument 'resamples' must be between 100 and 10000000: 10", e.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> OutcomeStatistics.weightedVfm(new double[] {1, 2}, new double[] {1, 0}));
    assertEquals("Argument 'cost[1]' must be positive: 0.0", c.getMessage());
  }

  @Test
  void hugeCountsAreRefusedNamingTheBoundBeforeAnyArray() {
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(Integer.MAX_VALUE, 1));
    assertEquals("Argument 'resamples' must be between 100 and 10000000: 2147483647", b.getMessage());
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
        () -> Bootstrap.of(2000, 1).withThreads(Integer.MAX_VALUE));
    assertEquals("Argument 'threads' must be between 1 and 1024: 2147483647", t.getMessage());
    assertEquals(Bootstrap.MAX_RESAMPLES, Bootstrap.of(Bootstrap.MAX_RESAMPLES, 1).resamples());
  }
}
