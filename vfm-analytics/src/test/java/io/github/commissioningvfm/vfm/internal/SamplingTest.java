package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The samplers against hand-worked steps of their algorithms, driven by a generator that returns
 * scripted normal and uniform draws, and against the moments of the distributions they sample.
 *
 * <p>Marsaglia and Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3):
 * for shape {@code k >= 1}, {@code d = k - 1/3}, {@code c = 1 / sqrt(9 d)}; draw a normal {@code x}
 * until {@code v = 1 + c x > 0}, set {@code v = v^3}, draw a uniform {@code u}, and return
 * {@code d v} if {@code u < 1 - 0.0331 x^4} or {@code log u < x^2 / 2 + d (1 - v + log v)}, else
 * start again. For shape 2: {@code d = 5/3}, {@code c = 1 / sqrt(15) = 0.2581988897}.
 */
class SamplingTest {

  private static final double D2 = 5.0 / 3;

  /** Returns the scripted draws in order and fails when asked for one more than scripted. */
  private static final class Scripted implements RandomGenerator {
    private final Deque<Double> normals = new ArrayDeque<>();
    private final Deque<Double> uniforms = new ArrayDeque<>();

    Scripted normals(double... values) {
      Arrays.stream(values).forEach(normals::add);
      return this;
    }

    Scripted uniforms(double... values) {
      Arrays.stream(values).forEach(uniforms::add);
      return this;
    }

    @Override
    public double nextGaussian() {
      assertTrue(!normals.isEmpty(), "more normal draws than scripted");
      return normals.remove();
    }

    @Override
    public double nextDouble() {
      assertTrue(!uniforms.isEmpty(), "more uniform draws than scripted");
      return uniforms.remove();
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException("only scripted doubles");
    }

    void assertAllUsed() {
      assertEquals(0, normals.size() + uniforms.size(), "scripted draws left unused");
    }
  }

  private static double gamma(double shape, Scripted rng) {
    double value = Sampling.standardGamma(rng, shape);
    rng.assertAllUsed();
    return value;
  }

  @Test
  void gammaAcceptsUnderTheSqueeze() {
    // x = 1.5: v = (1 + 1.5 / sqrt(15))^3 = 2.66998975; squeeze 1 - 0.0331 * 1.5^4 = 0.8324; u = 0.8 passes it
    // d v = 5/3 * 2.66998975 = 4.44998292
    assertEquals(4.449982923425561, gamma(2, new Scripted().normals(1.5).uniforms(0.8)), 1e-12);
  }

  @Test
  void gammaAcceptsBelowTheFullBoundAndRejectsAboveIt() {
    // x = 1.5: the bound exp(1.125 + (5/3)(1 - v + log v)) = 0.97870; u = 0.9 is accepted, u = 0.99 is not,
    // and the next draw (x = 0, so v = 1, always accepted) gives d = 5/3
    assertEquals(4.449982923425561, gamma(2, new Scripted().normals(1.5).uniforms(0.9)), 1e-12);
    assertEquals(D2, gamma(2, new Scripted().normals(1.5, 0).uniforms(0.99, 0.5)), 1e-15);
    // x = 0.5: v = 1.43945, squeeze 0.99793, bound 0.99969; u = 0.999 is accepted by the bound
    assertEquals(D2 * 1.439449992035301, gamma(2, new Scripted().normals(0.5).uniforms(0.999)), 1e-12);
    // x = -0.7: v = 0.54988, squeeze 0.99205, bound 0.99844; u = 0.999 is rejected
    assertEquals(D2, gamma(2, new Scripted().normals(-0.7, 0).uniforms(0.999, 0.5)), 1e-15);
    // x = -2: v = 0.11310, squeeze 0.4704, bound 0.85702; u = 0.86 is rejected
    assertEquals(D2, gamma(2, new Scripted().normals(-2, 0).uniforms(0.86, 0.5)), 1e-15);
  }

  @Test
  void gammaRejectsAUniformExactlyOnTheBound() {
    // the test is strict: at x = 1.8125 this u has log u equal to the bound to the last bit
    double x = 1.8125;
    double u = 0.9571750368594525;
    double v = Math.pow(1 + x / Math.sqrt(15), 3);
    assertEquals(0.5 * x * x + D2 * (1 - v + Math.log(v)), Math.log(u), 1e-15);
    assertEquals(D2, gamma(2, new Scripted().normals(x, 0).uniforms(u, 0.5)), 1e-15);
  }

  @Test
  void gammaRedrawsTheNormalWhenVIsZero() {
    // x = -sqrt(15) makes 1 + c x exactly 0, which the method must redraw without drawing a uniform
    assertEquals(4.449982923425561,
        gamma(2, new Scripted().normals(-3.8729833462074175, 1.5).uniforms(0.8)), 1e-12);
  }

  @Test
  void gammaOfShapeOneUsesTheMethodDirectly() {
    // shape 1: d = 2/3, and x = 0 gives d
    assertEquals(2.0 / 3, gamma(1, new Scripted().normals(0).uniforms(0.5)), 1e-15);
  }

  @Test
  void gammaBelowShapeOneBoostsTheShapeByOne() {
    // shape 0.5: U = 0.25 first, then Gamma(1.5) with d = 7/6 and x = 0 gives 7/6; times 0.25^(1 / 0.5)
    assertEquals(7.0 / 6 * 0.0625, gamma(0.5, new Scripted().normals(0).uniforms(0.25, 0.5)), 1e-15);
  }

  @Test
  void gammaDrawsHaveTheMeanAndVarianceOfTheDistribution() {
    // Gamma(k, 1) has mean k and variance k; the sample variance has variance about (2k^2 + 6k) / n
    int n = 40_000;
    for (double shape : new double[] {0.5, 3}) {
      RandomStreams streams = RandomStreams.of(2000);
      double sum = 0;
      double sumOfSquares = 0;
      for (int i = 0; i < n; i++) {
        double g = Sampling.standardGamma(streams.forIteration(i), shape);
        sum += g;
        sumOfSquares += g * g;
      }
      double mean = sum / n;
      double variance = sumOfSquares / n - mean * mean;
      assertEquals(shape, mean, 5 * Math.sqrt(shape / n), "mean at shape " + shape);
      assertEquals(shape, variance, 5 * Math.sqrt((2 * shape * shape + 6 * shape) / n), "variance at shape " + shape);
    }
  }

  @Test
  void triangularInvertsTheDistributionFunction() {
    // a = 2, c = 3, b = 6: F(c) = (c - a) / (b - a) = 0.25. Inverse distribution function (Evans, Hastings
    // and Peacock 2000, Statistical Distributions, ch. 40): a + sqrt(p (b - a)(c - a)) for p < F(c),
    // else b - sqrt((1 - p)(b - a)(b - c))
    // p = 0.2: 2 + sqrt(0.2 * 4 * 1) = 2.894427191
    assertEquals(2.8944271909999157, Sampling.triangular(new Scripted().uniforms(0.2), 2, 3, 6), 1e-12);
    // p = 0.5: 6 - sqrt(0.5 * 4 * 3) = 6 - sqrt(6) = 3.550510257
    assertEquals(3.550510257216822, Sampling.triangular(new Scripted().uniforms(0.5), 2, 3, 6), 1e-12);
    // p = F(c) gives the mode from either branch
    assertEquals(3, Sampling.triangular(new Scripted().uniforms(0.25), 2, 3, 6), 1e-12);
  }

  @Test
  void betaIsTheShareOfTheFirstGamma() {
    // Beta(2, 2) from Gamma(2) draws: x = 1.5 (accepted at u = 0.8) gives 4.44998, x = 0 gives 5/3
    Scripted rng = new Scripted().normals(1.5, 0).uniforms(0.8, 0.5);
    assertEquals(4.449982923425561 / (4.449982923425561 + D2), Sampling.beta(rng, 2, 2), 1e-12);
    rng.assertAllUsed();
    // and over many draws Beta(2, 5) has mean 2 / 7 and variance 2 * 5 / (7^2 * 8) = 0.0255
    RandomStreams streams = RandomStreams.of(7);
    SplittableRandom r = streams.forIteration(0);
    int n = 40_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Sampling.beta(r, 2, 5);
    }
    assertEquals(2.0 / 7, sum / n, 5 * Math.sqrt(10.0 / (49 * 8) / n));
  }
}
