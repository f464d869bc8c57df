package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumericsTest {

  @Test
  void type7QuantileByHand() {
    double[] sorted = {1, 2, 4, 8, 16};
    // h = (5 - 1) * 0.3 = 1.2 -> 2 + 0.2 * (4 - 2) = 2.4
    assertEquals(2.4, Numerics.quantileOfSorted(sorted, 0.3), 1e-12);
    assertEquals(1.0, Numerics.quantileOfSorted(sorted, 0.0));
    assertEquals(16.0, Numerics.quantileOfSorted(sorted, 1.0));
  }

  @Test
  void percentileSortsACopyAndUsesTheSameDefinition() {
    double[] values = {16, 1, 8, 2, 4};
    // R: quantile(c(16, 1, 8, 2, 4), 0.3) = 2.4 (type 7); the input keeps its order
    assertEquals(2.4, Numerics.percentile(values, 30), 1e-12);
    assertEquals(16.0, values[0]);
    // h = 4 * 0.95 = 3.8 -> 8 + 0.8 * (16 - 8) = 14.4
    assertEquals(14.4, Numerics.percentile(values, 95), 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numerics.percentile(values, 0));
    assertEquals("Argument 'p' must be in (0, 100]: 0.0", e.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> Numerics.percentile(new double[0], 50));
    assertEquals("Argument 'values' must not be empty", empty.getMessage());
  }
}
