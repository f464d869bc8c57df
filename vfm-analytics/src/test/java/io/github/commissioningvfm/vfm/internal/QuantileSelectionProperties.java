package io.github.commissioningvfm.vfm.internal;

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
