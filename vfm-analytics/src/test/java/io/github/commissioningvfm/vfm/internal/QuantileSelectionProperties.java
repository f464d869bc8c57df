package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quantile by selection is exactly the type-7 quantile of the sorted values. */
class QuantileSelectionProperties {

  @Test
  void selectionEqualsSorting() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(-20, 20)).ofSizeBetween(1, 300), doubles().between(-0.1, 1.1))
        .checkAssert((values, q) -> {
          // small integers: many ties, the hard case for partitioning
          double[] a = values.stream().mapToDouble(v -> v * 0.5).toArray();
          double[] sorted = a.clone();
          Arrays.sort(sorted);
          assertEquals(Numerics.quantileOfSorted(sorted, q), Numerics.quantileBySelection(a, q), 0.0);
        });
  }

  @Test
  void selectionEqualsSortingOnRangesLongEnoughToBeSampled() {
    // past 600 values the selection first narrows the range on a sample; ties, runs and order vary
    qt().withExamples(200)
        .forAll(integers().between(601, 5000), integers().between(1, 100_000), integers().between(0, 3),
            doubles().between(0, 1))
        .checkAssert((n, spread, shape, q) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(n * 31L + spread);
          double[] a = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = switch (shape) {
              case 0 -> random.nextInt(spread);
              case 1 -> i % spread;
              case 2 -> n - i;
              default -> random.nextGaussian() * spread;
            };
          }
          double[] sorted = a.clone();
          Arrays.sort(sorted);
          for (double p : new double[] {q, 0.025, 0.975, 0, 1}) {
            double[] scratch = a.clone();
            assertEquals(Numerics.quantileOfSorted(sorted, p), Numerics.quantileBySelection(scratch, p), 0.0);
            double[] rearranged = scratch.clone();
            Arrays.sort(rearranged);
            assertArrayEquals(sorted, rearranged, "selection only reorders the values");
          }
        });
  }

  @Test
  void worksOnAKnownSample() {
    // R: quantile(c(7, 1, 3, 9, 5), c(0.25, 0.9), type = 7) gives 3 and 8.2
    assertEquals(3, Numerics.quantileBySelection(new double[] {7, 1, 3, 9, 5}, 0.25), 1e-12);
    assertEquals(8.2, Numerics.quantileBySelection(new double[] {7, 1, 3, 9, 5}, 0.9), 1e-12);
    assertEquals(List.of(4.0), List.of(Numerics.quantileBySelection(new double[] {4}, 0.5)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Numerics.quantileBySelection(new double[0], 0.5));
    assertEquals("Argument 'scratch' must not be empty", e.getMessage());
  }
}
