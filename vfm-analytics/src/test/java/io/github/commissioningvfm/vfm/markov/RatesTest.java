package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Conversions worked by hand on numbers whose powers and logarithms are exact. */
class RatesTest {

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void probabilityAndRateAreInverse() {
    // r = ln 2 a year: half the cohort has an event within the year, three quarters within two
    assertEquals(0.5, Rates.probability(Math.log(2), 1), 1e-15);
    assertEquals(0.75, Rates.probability(Math.log(2), 2), 1e-15);
    // a 2-year probability of 0.75 is a rate of ln 4 / 2 = ln 2 a year
    assertEquals(Math.log(2), Rates.rate(0.75, 2), 1e-15);
    assertEquals(0, Rates.rate(0, 1));
    assertEquals("Argument 'years' must be positive: 0.0", message(() -> Rates.probability(0.1, 0)));
    assertEquals("Argument 'years' must be positive: 0.0", message(() -> Rates.rate(0.1, 0)));
  }

  @Test
  void rateNeedsAProbabilityBelowOne() {
    assertEquals("Argument 'probability' must be below 1 to have a finite rate: 1.0", message(() -> Rates.rate(1, 1)));
    assertEquals("Argument 'probability' must be between 0 and 1: -0.5", message(() -> Rates.rate(-0.5, 1)));
    assertEquals("Argument 'probability' must be between 0 and 1: NaN", message(() -> Rates.rate(Double.NaN, 1)));
  }

  @Test
  void convertChangesThePeriod() {
    // 2-year probability 0.19: survival 0.81 over two years is 0.9 over one
    assertEquals(0.1, Rates.convert(0.19, 2, 1), 1e-15);
    assertEquals(0.19, Rates.convert(0.1, 1, 2), 1e-15);
    assertEquals(0, Rates.convert(0, 1, 5));
    assertEquals(1, Rates.convert(1, 1, 0.5));
    assertEquals("Argument 'probability' must be between 0 and 1: 1.5", message(() -> Rates.convert(1.5, 1, 1)));
    assertEquals("Argument 'fromYears' must be positive: 0.0", message(() -> Rates.convert(0.5, 0, 1)));
    assertEquals("Argument 'toYears' must be positive: -1.0", message(() -> Rates.convert(0.5, 1, -1)));
  }

  @Test
  void rateRatioActsOnTheRate() {
    // hazard ratio 0.5 on p = 0.36: 1 - 0.64^0.5 = 0.2 (not 0.18, as 0.5 x p would give)
    assertEquals(0.2, Rates.withRateRatio(0.36, 0.5), 1e-15);
    // a certain event stays certain under any positive ratio and never happens under a ratio of 0
    assertEquals(1, Rates.withRateRatio(1, 2));
    assertEquals(0, Rates.withRateRatio(1, 0));
    assertEquals(0, Rates.withRateRatio(0, 3));
    assertEquals("Argument 'probability' must be between 0 and 1: 1.5", message(() -> Rates.withRateRatio(1.5, 1)));
    assertEquals("Argument 'ratio' must not be negative: -1.0", message(() -> Rates.withRateRatio(0.5, -1)));
  }
}
