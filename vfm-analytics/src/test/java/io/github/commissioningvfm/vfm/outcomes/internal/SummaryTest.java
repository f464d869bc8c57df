package io.github.commissioningvfm.vfm.outcomes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Means with Student t intervals and proportions with Wilson intervals, computed by hand. Quantiles:
 * t(0.975, 3) = 3.182446305, t(0.975, 1) = 12.70620474, z(0.975) = 1.959963985. The Wilson interval
 * for 3 of 10 at 95% works out by hand to (0.1078, 0.6032); for 10 of 10 its lower end simplifies to
 * 1 / (1 + z^2 / 10).
 */
class SummaryTest {

  @Test
  void aMeanHasAStudentTIntervalFromTwoValuesOn() {
    Estimate four = Summary.meanWithT("m", "d", "points", new double[] {1, 2, 3, 4, 99}, 4, 0.95);
    assertEquals(2.5, four.valueOrThrow(), 1e-12);
    Interval ci = four.interval().orElseThrow();
    // se = sqrt(5 / 3 / 4)
    double half = 3.182446305 * Math.sqrt(5.0 / 3 / 4);
    assertEquals(2.5 - half, ci.lower(), 1e-8);
    assertEquals(2.5 + half, ci.upper(), 1e-8);
    assertEquals("Student t interval, n = 4", ci.method());
    Estimate two = Summary.meanWithT("m", "d", "points", new double[] {1, 3}, 2, 0.95);
    // mean 2, ss 2, se = sqrt(2 / 1 / 2) = 1
    assertEquals(2 - 12.70620474, two.interval().orElseThrow().lower(), 1e-7);
    assertEquals(2 + 12.70620474, two.interval().orElseThrow().upper(), 1e-7);
    Estimate one = Summary.meanWithT("m", "d", "points", new double[] {7}, 1, 0.95);
    assertEquals(7, one.valueOrThrow(), 0);
    assertEquals(Optional.empty(), one.interval());
    Estimate none = Summary.meanWithT("m", "d", "points", new double[0], 0, 0.95);
    assertEquals(Optional.of("no participants"), none.undefinedBecause());
  }

  @Test
  void aProportionHasAWilsonIntervalClampedToZeroAndOne() {
    Estimate p = Summary.proportion("p", "d", 3, 10, 0.95);
    assertEquals(0.3, p.valueOrThrow(), 1e-12);
    double z = 1.959963985;
    double z2 = z * z;
    double centre = (0.3 + z2 / 20) / (1 + z2 / 10);
    double half = z * Math.sqrt(0.3 * 0.7 / 10 + z2 / 400) / (1 + z2 / 10);
    Interval ci = p.interval().orElseThrow();
    assertEquals(centre - half, ci.lower(), 1e-9);
    assertEquals(centre + half, ci.upper(), 1e-9);
    assertEquals(0.1078, ci.lower(), 5e-5);
    assertEquals(0.6032, ci.upper(), 5e-5);
    assertEquals("Wilson score interval, 3 of 10", ci.method());
    Interval all = Summary.proportion("p", "d", 10, 10, 0.95).interval().orElseThrow();
    assertEquals(1.0, all.upper(), 1e-12);
    assertTrue(all.upper() <= 1, all.toString());
    assertEquals(1 / (1 + z2 / 10), all.lower(), 1e-9);
    Interval nothing = Summary.proportion("p", "d", 0, 10, 0.95).interval().orElseThrow();
    assertEquals(0.0, nothing.lower(), 1e-12);
    assertTrue(nothing.lower() >= 0, nothing.toString());
    assertEquals(Optional.of("no participants"), Summary.proportion("p", "d", 0, 0, 0.95).undefinedBecause());
  }
}
