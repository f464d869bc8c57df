package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fused resample of the cost-weighted VfM gives, bit for bit, the statistic on the indices
 * {@code Bootstrap.draw} draws from the same stream; so the bootstrap's replicates are those of
 * drawing first and computing after.
 */
class FusedResampleProperties {

  @Test
  void fusedResampleEqualsDrawThenCompute() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 3000))
        .checkAssert((seed, n) -> {
          double[][] yc = BootstrapFormulaTest.sample(seed ^ 0x5DEECE66DL, n);
          double[] y = yc[0];
          double[] c = yc[1];
          RatioOfSums statistic = (RatioOfSums) OutcomeStatistics.weightedVfm(y, c);
          int[] idx = new int[n];
          Bootstrap.draw(new SplittableRandom(seed), n, idx);
          double expected = statistic.compute(idx, n);
          assertEquals(Double.doubleToLongBits(expected),
              Double.doubleToLongBits(statistic.resample(new SplittableRandom(seed), n)));
          double sy = 0;
          double sc = 0;
          for (int i : idx) {
            sy += y[i];
            sc += c[i];
          }
          assertEquals(sy / sc, expected, 0.0);
        });
  }

  @Test
  void bootstrapOfTheFusedStatisticEqualsTheGenericPath() {
    double[] y = {3, -1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8};
    double[] c = {10, 20, 15, 30, 25, 10, 5, 40, 35, 20, 10, 15};
    SampleStatistic fused = OutcomeStatistics.weightedVfm(y, c);
    SampleStatistic generic = (idx, len) -> fused.compute(idx, len);
    Bootstrap b = Bootstrap.of(500, 7L).withThreads(2);
    BootstrapResult a = b.run(y.length, generic);
    BootstrapResult f = b.run(y.length, fused);
    assertEquals(a.estimate(), f.estimate(), 0.0);
    assertEquals(a.percentile(), f.percentile());
    assertEquals(a.standardError(), f.standardError(), 0.0);
    // the acceleration comes from group sums on the fused path: equal up to rounding
    assertEquals(a.bca().orElseThrow().lower(), f.bca().orElseThrow().lower(), 1e-12);
    assertEquals(a.bca().orElseThrow().upper(), f.bca().orElseThrow().upper(), 1e-12);
  }

  @Test
  void groupedJackknifeFromSumsEqualsRecomputing() {
    qt().withExamples(100).forAll(longs().all(), integers().between(2, 1500), integers().between(2, 300))
        .checkAssert((seed, n, groupsWanted) -> {
          int groups = Math.min(n, groupsWanted);
          double[][] yc = BootstrapFormulaTest.sample(seed, n);
          RatioOfSums statistic = (RatioOfSums) OutcomeStatistics.weightedVfm(yc[0], yc[1]);
          double[] fast = statistic.jackknife(n, groups);
          for (int g = 0; g < groups; g++) {
            int[] idx = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
              if (i % groups != g) {
                idx[m++] = i;
              }
            }
            double exact = statistic.compute(idx, m);
            assertEquals(exact, fast[g], 1e-9 * Math.max(1, Math.abs(exact)), "group " + g);
          }
        });
  }
}
