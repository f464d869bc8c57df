package io.github.commissioningvfm.vfm.internal;

import java.util.random.RandomGenerator;

/**
 * Random variates from a JDK {@link RandomGenerator}, so that draws depend only on the generator's
 * sequence (see {@link RandomStreams}).
 */
public final class Sampling {

  private Sampling() {
  }

  /**
   * A standard normal variate (the generator's {@code nextGaussian}).
   *
   * @param rng the generator
   * @return the variate
   */
  public static double standardNormal(RandomGenerator rng) {
    return rng.nextGaussian();
  }

  /**
   * A gamma variate with shape {@code k} and scale 1, by Marsaglia and Tsang's method (2000, "A simple
   * method for generating gamma variables", ACM TOMS 26(3)); for {@code k < 1} the variate for
   * {@code k + 1} is multiplied by {@code U^(1/k)}.
   *
   * @param rng the generator
   * @param shape the shape, positive
   * @return the variate
   */
  public static double standardGamma(RandomGenerator rng, double shape) {
    if (shape < 1) {
      double u = rng.nextDouble();
      return standardGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = rng.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /**
   * A beta variate: {@code X / (X + Y)} with {@code X ~ Gamma(alpha)}, {@code Y ~ Gamma(beta)}.
   *
   * @param rng the generator
   * @param alpha the first shape, positive
   * @param beta the second shape, positive
   * @return the variate, in [0, 1]
   */
  public static double beta(RandomGenerator rng, double alpha, double beta) {
    double x = standardGamma(rng, alpha);
    double y = standardGamma(rng, beta);
    return x / (x + y);
  }

  /**
   * A triangular variate by inversion: with {@code F = (c - a) / (b - a)} and {@code U} uniform,
   * {@code a + sqrt(U (b - a)(c - a))} if {@code U < F}, else {@code b - sqrt((1 - U)(b - a)(b - c))}.
   *
   * @param rng the generator
   * @param min {@code a}
   * @param mode {@code c}
   * @param max {@code b}
   * @return the variate
   */
  public static double triangular(RandomGenerator rng, double min, double mode, double max) {
    double u = rng.nextDouble();
    double f = (mode - min) / (max - min);
    return u < f ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }
}
