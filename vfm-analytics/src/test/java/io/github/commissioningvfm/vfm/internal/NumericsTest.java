package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
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

  @Test
  void percentileAcceptsExactlyOneHundredAndNothingAbove() {
    double[] values = {16, 1, 8, 2, 4};
    // R: quantile(c(16, 1, 8, 2, 4), 1) = 16
    assertEquals(16.0, Numerics.percentile(values, 100));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numerics.percentile(values, 100.5));
    assertEquals("Argument 'p' must be in (0, 100]: 100.5", e.getMessage());
  }

  @Test
  void quantileBySelectionMatchesR() {
    // R: quantile(c(3, 9, 1, 7, 5, 9, 2), c(0, 1/6, 0.5, 0.55, 0.99, 1), type = 7) gives
    // 1, 2, 5, 5.6, 9, 9 (sorted 1 2 3 5 7 9 9; h = 6q: 0, 1, 3, 3.3, 5.94, 6)
    double[] sample = {3, 9, 1, 7, 5, 9, 2};
    double[] probabilities = {0, 1.0 / 6, 0.5, 0.55, 0.99, 1};
    double[] expected = {1, 2, 5, 5.6, 9, 9};
    for (int i = 0; i < probabilities.length; i++) {
      assertEquals(expected[i], Numerics.quantileBySelection(sample.clone(), probabilities[i]), 1e-12,
          "q = " + probabilities[i]);
    }
    // R: quantile(c(2.5, -1, 4, 0.5), c(0.1, 0.75), type = 7) gives -0.55 and 2.875
    assertEquals(-0.55, Numerics.quantileBySelection(new double[] {2.5, -1, 4, 0.5}, 0.1), 1e-12);
    assertEquals(2.875, Numerics.quantileBySelection(new double[] {2.5, -1, 4, 0.5}, 0.75), 1e-12);
    // probabilities outside [0, 1] are clamped to the extremes
    assertEquals(1, Numerics.quantileBySelection(sample.clone(), -0.2));
    assertEquals(9, Numerics.quantileBySelection(sample.clone(), 1.3));
  }

  @Test
  void quantileBySelectionEqualsSortingOnEverySmallArrayWithTies() {
    // every array of length 1 to 7 over the values {0, 1, 2}: ties everywhere, pivots at both ends
    double[] probabilities = {0, 0.1, 0.2, 0.25, 0.3, 1.0 / 3, 0.4, 0.5, 0.6, 2.0 / 3, 0.75, 0.8, 0.9, 1};
    int arrays = 0;
    for (int n = 1; n <= 7; n++) {
      int count = (int) Math.pow(3, n);
      for (int code = 0; code < count; code++) {
        double[] values = new double[n];
        int rest = code;
        for (int i = 0; i < n; i++) {
          values[i] = rest % 3;
          rest /= 3;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double q : probabilities) {
          double[] scratch = values.clone();
          assertEquals(Numerics.quantileOfSorted(sorted, q), Numerics.quantileBySelection(scratch, q), 0.0,
              () -> Arrays.toString(values) + " at q = " + q);
          double[] reordered = scratch.clone();
          Arrays.sort(reordered);
          assertTrue(Arrays.equals(sorted, reordered), () -> "selection must only reorder " + Arrays.toString(values));
        }
        arrays++;
      }
    }
    // 3 + 9 + 27 + 81 + 243 + 729 + 2187
    assertEquals(3279, arrays);
  }

  @Test
  void rootReturnsAnEndThatIsAlreadyARoot() {
    assertEquals(OptionalDouble.of(0), Numerics.root(x -> x, 0, 1, 1e-9));
    assertEquals(OptionalDouble.of(1), Numerics.root(x -> x - 1, 0, 1, 1e-9));
  }

  @Test
  void rootFindsABracketedRootAndNothingWithoutABracket() {
    // x^2 - 2 changes sign on [0, 2]: the root is sqrt(2) = 1.41421356...
    assertEquals(Math.sqrt(2), Numerics.root(x -> x * x - 2, 0, 2, 1e-12).orElseThrow(), 1e-10);
    assertEquals(OptionalDouble.empty(), Numerics.root(x -> x * x + 1, -1, 1, 1e-9));
  }

  @Test
  void theSampleRangeFollowsFloydAndRivest() {
    // n = 10,000, k = 249 (i = 250): z = ln 10,000 = 9.2103, s = e^(2z/3) / 2 = 232.079,
    // d = -sqrt(z s (n - s) / n) / 2 = -22.847; k - i s / n + d = 220.35, k + (n - i) s / n + d = 452.43
    assertArrayEquals(new int[] {220, 452}, Numerics.sampleRange(0, 9999, 249));
    // the mirror image, k = 9,749 (i = 9,750): d = +22.847 -> 9,545.6 and 9,777.8
    assertArrayEquals(new int[] {9545, 9777}, Numerics.sampleRange(0, 9999, 9749));
    // a range that does not start at 0: n = 1,001, i = 501 > n / 2, s = 50.033, d = +9.061 -> 584.1, 634.1
    assertArrayEquals(new int[] {584, 634}, Numerics.sampleRange(100, 1100, 600));
    // near the ends the sample is clipped to the range: [0, 40] and [958, 999]
    assertArrayEquals(new int[] {0, 40}, Numerics.sampleRange(0, 999, 0));
    assertArrayEquals(new int[] {958, 999}, Numerics.sampleRange(0, 999, 999));
  }

  @Test
  void selectionOfPsaSizedSamplesEqualsSorting() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261205L);
    for (int n : new int[] {601, 602, 10_000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        // a skewed distribution with ties, as net benefits rounded to pounds would give
        values[i] = Math.rint(Math.exp(random.nextGaussian()) * 100);
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (double q : new double[] {0.025, 0.5, 0.975, 0.0, 1.0}) {
        double[] scratch = values.clone();
        assertEquals(Numerics.quantileOfSorted(sorted, q), Numerics.quantileBySelection(scratch, q), 0.0,
            "n = " + n + ", q = " + q);
        Arrays.sort(scratch);
        assertArrayEquals(sorted, scratch, "selection only reorders");
      }
    }
  }
}
