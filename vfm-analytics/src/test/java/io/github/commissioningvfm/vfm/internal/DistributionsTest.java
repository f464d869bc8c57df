package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Quantiles and tail probabilities against R 4 ({@code qnorm}, {@code pnorm}, {@code qt}, {@code pt})
 * and the printed tables of the NIST/SEMATECH e-Handbook of Statistical Methods (2012), sections
 * 1.3.6.7.1 (normal) and 1.3.6.7.2 (Student t).
 */
class DistributionsTest {

  @Test
  void normalQuantilesAndProbabilities() {
    // R: qnorm(0.975) = 1.959963984540054, qnorm(0.05) = -1.644853626951473; NIST table: 1.960, 1.645
    assertEquals(1.959963984540054, Distributions.normalQuantile(0.975), 1e-9);
    assertEquals(-1.644853626951473, Distributions.normalQuantile(0.05), 1e-9);
    // R: pnorm(1.96) = 0.9750021048517796, pnorm(-1) = 0.1586552539314571
    assertEquals(0.9750021048517796, Distributions.normalCdf(1.96), 1e-12);
    assertEquals(0.1586552539314571, Distributions.normalCdf(-1), 1e-12);
  }

  @Test
  void studentTQuantiles() {
    // R: qt(0.975, 10) = 2.228138851986274, qt(0.975, 1) = 12.70620473617469, qt(0.995, 30) = 2.749995653567225;
    // NIST table: 2.228, 12.706, 2.750
    assertEquals(2.228138851986274, Distributions.tQuantile(0.975, 10), 1e-8);
    assertEquals(12.70620473617469, Distributions.tQuantile(0.975, 1), 1e-7);
    assertEquals(2.749995653567225, Distributions.tQuantile(0.995, 30), 1e-8);
  }

  @Test
  void studentTTwoSidedPValues() {
    // R: 2 * pt(-2.5, 12) = 0.02791539957132521, 2 * pt(-1, 4) = 0.373900966300059; the sign of t does not matter
    assertEquals(0.02791539957132521, Distributions.tTwoSidedP(2.5, 12), 1e-12);
    assertEquals(0.02791539957132521, Distributions.tTwoSidedP(-2.5, 12), 1e-12);
    assertEquals(0.373900966300059, Distributions.tTwoSidedP(1, 4), 1e-12);
    // the 97.5% quantile leaves 5% in the two tails
    assertEquals(0.05, Distributions.tTwoSidedP(Distributions.tQuantile(0.975, 10), 10), 1e-12);
  }

  @Test
  void choleskyFactorByHand() {
    // [[4, 2], [2, 3]] = L L^T with L = [[2, 0], [1, sqrt(2)]]
    double[][] l = Distributions.choleskyLower(new double[][] {{4, 2}, {2, 3}}, "A");
    assertArrayEquals(new double[] {2, 0}, l[0], 1e-15);
    assertArrayEquals(new double[] {1, Math.sqrt(2)}, l[1], 1e-15);
  }

  @Test
  void choleskyRefusesAMatrixThatIsNotPositiveDefinite() {
    // [[1, 2], [2, 1]] has eigenvalues 3 and -1
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Distributions.choleskyLower(new double[][] {{1, 2}, {2, 1}}, "The matrix M"));
    assertEquals("The matrix M is not positive definite (a correlation beyond -1..1, or one variable a linear "
        + "combination of others): " + e.getCause().getMessage(), e.getMessage());
    assertEquals("-3 is smaller than, or equal to, the minimum (0): not positive definite matrix: value -3 at index 1",
        e.getCause().getMessage());
  }
}
