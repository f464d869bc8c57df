package io.github.commissioningvfm.vfm.uncertainty.joint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JointDistributionTest {

  /** Counts from state A of the HIV model (Briggs, Claxton and Sculpher 2006, Table 2.2 source counts). */
  @Test
  void dirichletRowsSumToOneWithTheCountsMeans() {
    Dirichlet d = Dirichlet.ofCounts(1251, 350, 116, 17);
    SplittableRandom rng = RandomStreams.of(7).forIteration(0);
    double[] x = new double[4];
    double[] sum = new double[4];
    int n = 20000;
    for (int i = 0; i < n; i++) {
      d.sample(rng, x);
      assertEquals(1, x[0] + x[1] + x[2] + x[3], 1e-12);
      for (int j = 0; j < 4; j++) {
        sum[j] += x[j] / n;
      }
    }
    // standard error of the mean of p_A->A is about sqrt(0.72 x 0.28 / 1735 / 20000) = 7.6e-5
    assertArrayEquals(d.mean(), sum, 5e-4);
    assertEquals(1251.0 / 1734, d.mean()[0], 1e-15);
  }

  @Test
  void multivariateNormalReproducesItsCovariance() {
    MultivariateNormal m = MultivariateNormal.ofCorrelation(List.of("intercept", "slope"), new double[] {1, -2},
        new double[] {0.5, 2}, new double[][] {{1, -0.6}, {-0.6, 1}});
    RandomStreams streams = RandomStreams.of(2026);
    int n = 40000;
    double[] x = new double[2];
    double sx = 0;
    double sy = 0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      m.sample(streams.forIteration(i), x);
      sx += x[0];
      sy += x[1];
      sxy += x[0] * x[1];
      sxx += x[0] * x[0];
      syy += x[1] * x[1];
    }
    double mx = sx / n;
    double my = sy / n;
    assertEquals(1, mx, 0.02);
    assertEquals(-2, my, 0.05);
    assertEquals(0.25, sxx / n - mx * mx, 0.01);
    assertEquals(4, syy / n - my * my, 0.12);
    assertEquals(-0.6 * 0.5 * 2, sxy / n - mx * my, 0.03);
    double[] again = new double[2];
    m.sample(streams.forIteration(5), x);
    m.sample(streams.forIteration(5), again);
    assertArrayEquals(x, again, 0);
  }

  @Test
  void covarianceThatIsNotPositiveDefiniteIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.ofCorrelation(
        List.of("a", "b"), new double[] {0, 0}, new double[] {1, 1}, new double[][] {{1, 1.2}, {1.2, 1}}));
    assertTrue(e.getMessage().startsWith("Covariance matrix of [a, b] is not positive definite (a correlation beyond "
        + "-1..1, or one variable a linear combination of others)"), e.getMessage());
  }

  @Test
  void asymmetricCovarianceIsRefusedNamingTheEntry() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.of(
        List.of("a", "b"), new double[] {0, 0}, new double[][] {{1, 0.2}, {0.3, 1}}));
    assertEquals("Covariance matrix is not symmetric: entry ('b', 'a') is 0.3 but ('a', 'b') is 0.2", e.getMessage());
  }

  @Test
  void dirichletNeedsPositiveConcentrations() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dirichlet.ofCounts(3, 0));
    assertEquals("Dirichlet distribution: concentration 1 must be positive: 0.0", e.getMessage());
  }

  /** Method of moments from a mean and standard error (Briggs, Claxton and Sculpher 2006, section 4.3). */
  @Test
  void methodOfMomentsFromStandardError() {
    Distribution.Beta b = Distribution.Beta.ofMeanStandardError(0.75, 0.05);
    // alpha = m (m (1 - m) / se^2 - 1) = 0.75 x (0.1875 / 0.0025 - 1) = 55.5, beta = 18.5
    assertEquals(55.5, b.alpha(), 1e-9);
    assertEquals(18.5, b.beta(), 1e-9);
    Distribution.Gamma g = Distribution.Gamma.ofMeanStandardError(4000, 300);
    assertEquals(4000.0 * 4000 / (300 * 300), g.shape(), 1e-9);
    assertEquals(300.0 * 300 / 4000, g.scale(), 1e-12);
    assertEquals(1.2, Distribution.LogNormal.ofMeanStandardError(1.2, 0.3).mean(), 1e-12);
  }
}
