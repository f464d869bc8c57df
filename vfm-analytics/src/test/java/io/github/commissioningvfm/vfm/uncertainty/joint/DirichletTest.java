package io.github.commissioningvfm.vfm.uncertainty.joint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Dirichlet's accessors, equality, printing and refusals. */
class DirichletTest {

  @Test
  void theAccessorsReturnCopiesOfTheConcentrations() {
    double[] counts = {3, 1, 4};
    Dirichlet d = Dirichlet.ofCounts(counts);
    counts[0] = 99;
    assertEquals(3, d.dimension());
    double[] alpha = d.alpha();
    assertArrayEquals(new double[] {3, 1, 4}, alpha, 0);
    alpha[0] = 99;
    assertArrayEquals(new double[] {3, 1, 4}, d.alpha(), 0);
    // mean alpha_j / sum alpha = 3/8, 1/8, 4/8
    assertArrayEquals(new double[] {0.375, 0.125, 0.5}, d.mean(), 0);
  }

  @Test
  void equalConcentrationsMakeEqualDistributions() {
    Dirichlet d = Dirichlet.ofCounts(3, 1);
    assertEquals(d, Dirichlet.ofCounts(3, 1));
    assertEquals(Arrays.hashCode(new double[] {3, 1}), d.hashCode());
    assertNotEquals(d, Dirichlet.ofCounts(3, 2));
    assertNotEquals(d, Dirichlet.ofCounts(3, 1, 1));
    assertNotEquals(d, "Dirichlet[3.0, 1.0]");
  }

  @Test
  void printsItsConcentrations() {
    assertEquals("Dirichlet[3.0, 1.5]", Dirichlet.ofCounts(3, 1.5).toString());
  }

  @Test
  void oneConcentrationIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dirichlet.ofCounts(5));
    assertEquals("Argument 'alpha' must hold at least two concentrations: 1", e.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> Dirichlet.ofCounts(5, Double.POSITIVE_INFINITY));
    assertEquals("Dirichlet distribution: concentration 1 must be positive: Infinity", inf.getMessage());
  }
}
