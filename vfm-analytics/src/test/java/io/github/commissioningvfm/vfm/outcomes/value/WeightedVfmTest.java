package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import org.junit.jupiter.api.Test;

/** The cost-weighted VfM and its delta-method interval, computed by hand. */
class WeightedVfmTest {

  /** The figure of the first {@code n} pairs: sums, then squared residuals from the ratio, in order. */
  static Estimate weightedVfm(double[] imp, double[] cost, int n) {
    double sy = 0;
    double sx = 0;
    for (int k = 0; k < n; k++) {
      sy += imp[k];
      sx += cost[k];
    }
    double ss = 0;
    for (int k = 0; k < n; k++) {
      double e = imp[k] - sy / sx * cost[k];
      ss += e * e;
    }
    return VfmAnalysis.weightedVfm(n, sy, sx, ss);
  }

  /** Student t quantiles t(0.975, df), e.g. NIST/SEMATECH e-Handbook, section 1.3.6.7.2 (4.303, 12.706). */
  private static final double T_975_DF1 = 12.706205;
  private static final double T_975_DF2 = 4.302653;

  @Test
  void threeParticipantsGiveTheRatioAndItsDeltaMethodInterval() {
    // y = 4, 1, 1; x = 100, 100, 200; a fourth pair beyond the prefix n = 3 is ignored
    Estimate w = weightedVfm(new double[] {4, 1, 1, 50}, new double[] {100, 100, 200, 1}, 3);
    double r = 6 / 400.0; // 0.015
    assertEquals(r, w.valueOrThrow(), 1e-15);
    // residuals y - r x = 2.5, -0.5, -2; sum of squares 10.5; mean x = 400 / 3
    double se = Math.sqrt(10.5 / (3 * 2)) / (400 / 3.0);
    assertEquals(0.009921567416492215, se, 1e-15);
    Interval ci = w.interval().orElseThrow();
    assertEquals(r - T_975_DF2 * se, ci.lower(), 1e-7);
    assertEquals(r + T_975_DF2 * se, ci.upper(), 1e-7);
    assertEquals(0.95, ci.level());
    assertEquals("delta method (ratio estimator), n = 3", ci.method());
  }

  @Test
  void twoParticipantsAreEnoughForAnInterval() {
    // r = 4 / 200; residuals 1, -1; se = sqrt(2 / 2) / 100 = 0.01
    Interval ci = weightedVfm(new double[] {3, 1}, new double[] {100, 100}, 2).interval().orElseThrow();
    assertEquals(0.02 - T_975_DF1 * 0.01, ci.lower(), 1e-7);
    assertEquals(0.02 + T_975_DF1 * 0.01, ci.upper(), 1e-7);
  }

  @Test
  void oneParticipantHasARatioButNoInterval() {
    Estimate w = weightedVfm(new double[] {3, 1}, new double[] {150, 100}, 1);
    assertEquals(0.02, w.valueOrThrow(), 1e-15);
    assertFalse(w.interval().isPresent());
  }

  @Test
  void noAllocatedCostLeavesTheRatioUndefined() {
    Estimate w = weightedVfm(new double[] {3, 1}, new double[] {0, 0}, 2);
    assertEquals("no cost was allocated to these participants", w.undefinedBecause().orElseThrow());
    assertEquals("cost-weighted VfM", w.label());
  }
}
