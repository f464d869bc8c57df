package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountingConventionTest {

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void namedConventionsWeighTheRowsAsDocumented() {
    assertArrayEquals(new double[] {1, 1, 1, 0}, CountingConvention.BEGINNING.weights(3));
    assertArrayEquals(new double[] {0, 1, 1, 1}, CountingConvention.END.weights(3));
    assertArrayEquals(new double[] {0.5, 1, 1, 0.5}, CountingConvention.HALF_CYCLE.weights(3));
    assertArrayEquals(new double[] {0.5, 0.5}, CountingConvention.HALF_CYCLE.weights(1));
    assertArrayEquals(new double[] {1.0 / 3, 4.0 / 3, 1.0 / 3}, CountingConvention.SIMPSON.weights(2));
    assertEquals("Argument 'cycles' must be positive: 0", message(() -> CountingConvention.END.weights(0)));
    assertEquals("beginning of cycle", CountingConvention.BEGINNING.toString());
    assertEquals("Simpson's 1/3 rule", CountingConvention.SIMPSON.toString());
  }

  @Test
  void customWeightsAreCheckedAndCopied() {
    double[] given = {0, 1, 0.5};
    CountingConvention c = CountingConvention.custom(given);
    given[0] = 9;
    assertArrayEquals(new double[] {0, 1, 0.5}, c.weights(2));
    c.weights(2)[1] = 9;
    assertArrayEquals(new double[] {0, 1, 0.5}, ((CountingConvention.Custom) c).values());
    assertEquals("custom weights [0.0, 1.0, 0.5]", c.toString());
    assertEquals("Custom counting weights cover 2 cycles, but the model runs 3", message(() -> c.weights(3)));
    assertArrayEquals(new double[] {1, 1}, CountingConvention.custom(1, 1).weights(1));
  }

  @Test
  void customWeightsNeedTwoFiniteWeightsNotNegative() {
    assertEquals("Argument 'values' must hold at least two weights (rows 0 and 1): 1",
        message(() -> CountingConvention.custom(1)));
    assertEquals("Counting weight 1 must be finite and not negative: -1.0",
        message(() -> CountingConvention.custom(1, -1)));
    assertEquals("Counting weight 0 must be finite and not negative: NaN",
        message(() -> CountingConvention.custom(Double.NaN, 1)));
    assertEquals("Counting weight 2 must be finite and not negative: Infinity",
        message(() -> CountingConvention.custom(1, 1, Double.POSITIVE_INFINITY)));
  }

  @Test
  void customConventionsWithEqualWeightsAreEqual() {
    CountingConvention a = CountingConvention.custom(0.5, 1, 0.5);
    CountingConvention b = CountingConvention.custom(0.5, 1, 0.5);
    CountingConvention other = CountingConvention.custom(0.5, 1, 1);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, other);
    assertNotEquals(a.hashCode(), other.hashCode());
    assertNotEquals(a, CountingConvention.HALF_CYCLE);
  }
}
