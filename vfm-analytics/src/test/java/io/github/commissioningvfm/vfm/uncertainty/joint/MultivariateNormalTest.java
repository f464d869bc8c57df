package io.github.commissioningvfm.vfm.uncertainty.joint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.internal.Sampling;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The multivariate normal's draws, accessors and refusals, each checked against a figure worked by hand. */
class MultivariateNormalTest {

  private static final List<String> AB = List.of("a", "b");

  private static MultivariateNormal twoByTwo() {
    return MultivariateNormal.of(AB, new double[] {1, -2}, new double[][] {{0.25, -0.6}, {-0.6, 4}});
  }

  private static String refusal(Runnable construction) {
    return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
  }

  @Test
  void aDrawIsTheMeanPlusTheCholeskyFactorTimesStandardNormals() {
    // sd 0.5 and 2, correlation -0.6: L = [[0.5, 0], [2 x -0.6, 2 x sqrt(1 - 0.36)]] = [[0.5, 0], [-1.2, 1.6]]
    MultivariateNormal m = MultivariateNormal.ofCorrelation(AB, new double[] {1, -2}, new double[] {0.5, 2},
        new double[][] {{1, -0.6}, {-0.6, 1}});
    SplittableRandom same = new SplittableRandom(11);
    double[] x = new double[2];
    m.sample(new SplittableRandom(11), x);
    double z0 = Sampling.standardNormal(same);
    double z1 = Sampling.standardNormal(same);
    assertEquals(1 + 0.5 * z0, x[0], 1e-12);
    assertEquals(-2 - 1.2 * z0 + 1.6 * z1, x[1], 1e-12);
  }

  @Test
  void theAccessorsReturnWhatWasGivenAndCopies() {
    MultivariateNormal m = twoByTwo();
    assertEquals(2, m.dimension());
    assertEquals(AB, m.names());
    double[][] c = m.covariance();
    assertArrayEquals(new double[] {0.25, -0.6}, c[0], 0);
    assertArrayEquals(new double[] {-0.6, 4}, c[1], 0);
    assertEquals(2, c.length);
    c[1][1] = 99;
    assertEquals(4, m.covariance()[1][1], 0);
    double[] mean = m.mean();
    assertArrayEquals(new double[] {1, -2}, mean, 0);
    mean[0] = 99;
    assertEquals(1, m.mean()[0], 0);
  }

  @Test
  void theInputArraysAreCopied() {
    double[] mean = {1, -2};
    double[][] cov = {{0.25, -0.6}, {-0.6, 4}};
    MultivariateNormal m = MultivariateNormal.of(AB, mean, cov);
    mean[0] = 5;
    cov[0][0] = 9;
    assertEquals(twoByTwo(), m);
  }

  @Test
  void equalityNeedsTheSameNamesMeansAndCovariance() {
    MultivariateNormal m = twoByTwo();
    assertEquals(m, twoByTwo());
    assertEquals(m.hashCode(), twoByTwo().hashCode());
    assertEquals(AB.hashCode() * 31 + Arrays.hashCode(new double[] {1, -2}), m.hashCode());
    assertNotEquals(m, MultivariateNormal.of(List.of("a", "c"), new double[] {1, -2},
        new double[][] {{0.25, -0.6}, {-0.6, 4}}));
    assertNotEquals(m, MultivariateNormal.of(AB, new double[] {1, -3}, new double[][] {{0.25, -0.6}, {-0.6, 4}}));
    assertNotEquals(m, MultivariateNormal.of(AB, new double[] {1, -2}, new double[][] {{0.25, -0.5}, {-0.5, 4}}));
    assertNotEquals(m, Dirichlet.ofCounts(1, 2));
  }

  @Test
  void printsItsNamesMeansAndCovariance() {
    assertEquals("MultivariateNormal[names=[a, b], mean=[1.0, -2.0], covariance=[[0.25, -0.6], [-0.6, 4.0]]]",
        twoByTwo().toString());
  }

  @Test
  void shapesThatDoNotMatchTheMeansAreRefused() {
    double[][] cov = {{1, 0}, {0, 1}};
    assertEquals("Argument 'names' must have one name per mean (2): 1",
        refusal(() -> MultivariateNormal.of(List.of("a"), new double[] {0, 0}, cov)));
    assertEquals("Argument 'covariance' must have 2 rows: 1",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0}, new double[][] {{1, 0}})));
    assertEquals("Argument 'covariance[1]' must have 2 entries: 1",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0}, new double[][] {{1, 0}, {0}})));
    assertEquals("Argument 'mean[1]' must be a finite number: NaN",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, Double.NaN}, cov)));
  }

  @Test
  void correlationShapesThatDoNotMatchTheMeansAreRefused() {
    double[][] r = {{1, 0}, {0, 1}};
    assertEquals("Argument 'sd' must match the means (2): 1",
        refusal(() -> MultivariateNormal.ofCorrelation(AB, new double[] {0, 0}, new double[] {1}, r)));
    assertEquals("Argument 'correlation' must have 2 rows: 1",
        refusal(() -> MultivariateNormal.ofCorrelation(AB, new double[] {0, 0}, new double[] {1, 1},
            new double[][] {{1, 0}})));
    assertEquals("Argument 'correlation[0]' must have 2 entries: 1",
        refusal(() -> MultivariateNormal.ofCorrelation(AB, new double[] {0, 0}, new double[] {1, 1},
            new double[][] {{1}, {0, 1}})));
    assertEquals("Argument 'sd[1]' must be positive: 0.0",
        refusal(() -> MultivariateNormal.ofCorrelation(AB, new double[] {0, 0}, new double[] {1, 0}, r)));
  }

  @Test
  void aVarianceOfZeroIsRefusedNamingTheVariable() {
    assertEquals("Covariance matrix: the variance of 'b' must be positive: 0.0",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0}, new double[][] {{1, 0}, {0, 0}})));
  }

  @Test
  void aCovarianceThatIsNotAFiniteNumberIsRefusedNamingTheEntry() {
    assertEquals("Argument 'covariance[0][1]' must be a finite number: Infinity",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0},
            new double[][] {{1, Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY, 1}})));
    assertEquals("Argument 'covariance[1][1]' must be a finite number: Infinity",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0},
            new double[][] {{1, 0}, {0, Double.POSITIVE_INFINITY}})));
  }

  @Test
  void symmetryIsCheckedToOnePartInATrillionOfTheLargerEntryOrOfOne() {
    // below 1 in size the tolerance is 1e-12 absolute: a difference of exactly 1e-12 is accepted...
    MultivariateNormal m = MultivariateNormal.of(AB, new double[] {0, 0}, new double[][] {{1, 0}, {1e-12, 1}});
    assertEquals(2, m.dimension());
    // ... and one of 2e-12 refused
    assertEquals("Covariance matrix is not symmetric: entry ('b', 'a') is 2.0E-12 but ('a', 'b') is 0.0",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0}, new double[][] {{1, 0}, {2e-12, 1}})));
    // above 1 it is relative: 1000 and 1000 + 1.1e-10 differ by less than 1e-12 x 1000 = 1e-9
    double b = 1000 + 1.1e-10;
    MultivariateNormal large = MultivariateNormal.of(AB, new double[] {0, 0},
        new double[][] {{1e6, 1000}, {b, 1e6}});
    assertEquals(1000, large.covariance()[0][1], 0);
    assertEquals("Covariance matrix is not symmetric: entry ('b', 'a') is 1000.000000002 but ('a', 'b') is 1000.0",
        refusal(() -> MultivariateNormal.of(AB, new double[] {0, 0},
            new double[][] {{1e6, 1000}, {1000.000000002, 1e6}})));
  }
}
