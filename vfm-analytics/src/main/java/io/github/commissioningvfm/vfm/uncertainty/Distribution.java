package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Sampling;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A probability distribution of an uncertain input. Parameters are checked on construction; an
 * invalid one fails naming the distribution, the parameter and the value.
 *
 * @since 0.1.0
 */
public sealed interface Distribution {

  /**
   * Draws one value.
   *
   * @param rng the generator of the iteration
   * @return the value
   */
  double sample(RandomGenerator rng);

  /**
   * The distribution's mean.
   *
   * @return the mean
   */
  double mean();

  private static void check(boolean ok, String distribution, String parameter, String requirement, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(distribution + " distribution: parameter '" + parameter + "' must be "
          + requirement + ": " + value);
    }
  }

  /**
   * Normal with mean {@code mu} and standard deviation {@code sigma}.
   *
   * @param mu the mean
   * @param sigma the standard deviation, positive
   */
  record Normal(double mu, double sigma) implements Distribution {
    /** Validates. */
    public Normal {
      check(Double.isFinite(mu), "Normal", "mu", "finite", mu);
      check(Double.isFinite(sigma) && sigma > 0, "Normal", "sigma", "positive", sigma);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return mu + sigma * Sampling.standardNormal(rng);
    }

    @Override
    public double mean() {
      return mu;
    }
  }

  /**
   * Log-normal: {@code exp(N(mu, sigma))}; suits costs (positive, skewed).
   *
   * @param mu the mean of the logarithm
   * @param sigma the standard deviation of the logarithm, positive
   */
  record LogNormal(double mu, double sigma) implements Distribution {
    /** Validates. */
    public LogNormal {
      check(Double.isFinite(mu), "LogNormal", "mu", "finite", mu);
      check(Double.isFinite(sigma) && sigma > 0, "LogNormal", "sigma", "positive", sigma);
    }

    /**
     * The log-normal with a given mean {@code m} and standard deviation {@code s}:
     * {@code sigma^2 = ln(1 + s^2/m^2)}, {@code mu = ln(m) - sigma^2/2}.
     *
     * @param mean the mean, positive
     * @param sd the standard deviation, positive
     * @return the distribution
     */
    public static LogNormal ofMeanSd(double mean, double sd) {
      check(Double.isFinite(mean) && mean > 0, "LogNormal", "mean", "positive", mean);
      check(Double.isFinite(sd) && sd > 0, "LogNormal", "sd", "positive", sd);
      double s2 = Math.log(1 + sd * sd / (mean * mean));
      return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    /**
     * Method of moments from a parameter's estimate and its standard error, which is the standard
     * deviation of the parameter's uncertainty: the same as {@code ofMeanSd(mean, standardError)}.
     *
     * @param mean the estimate, positive
     * @param standardError its standard error, positive
     * @return the distribution
     */
    public static LogNormal ofMeanStandardError(double mean, double standardError) {
      return ofMeanSd(mean, standardError);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return Math.exp(mu + sigma * Sampling.standardNormal(rng));
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }
  }

  /**
   * Gamma with shape {@code k} and scale {@code theta} (mean {@code k theta}); suits costs.
   *
   * @param shape the shape, positive
   * @param scale the scale, positive
   */
  record Gamma(double shape, double scale) implements Distribution {
    /** Validates. */
    public Gamma {
      check(Double.isFinite(shape) && shape > 0, "Gamma", "shape", "positive", shape);
      check(Double.isFinite(scale) && scale > 0, "Gamma", "scale", "positive", scale);
    }

    /**
     * The gamma with a given mean {@code m} and standard deviation {@code s} (method of moments):
     * {@code k = m^2 / s^2}, {@code theta = s^2 / m}.
     *
     * @param mean the mean, positive
     * @param sd the standard deviation, positive
     * @return the distribution
     */
    public static Gamma ofMeanSd(double mean, double sd) {
      check(Double.isFinite(mean) && mean > 0, "Gamma", "mean", "positive", mean);
      check(Double.isFinite(sd) && sd > 0, "Gamma", "sd", "positive", sd);
      return new Gamma(mean * mean / (sd * sd), sd * sd / mean);
    }

    /**
     * Method of moments from a parameter's estimate and its standard error (for example a mean cost):
     * {@code k = m^2 / se^2}, {@code theta = se^2 / m}, as {@code ofMeanSd(mean, standardError)}.
     *
     * @param mean the estimate, positive
     * @param standardError its standard error, positive
     * @return the distribution
     */
    public static Gamma ofMeanStandardError(double mean, double standardError) {
      return ofMeanSd(mean, standardError);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return scale * Sampling.standardGamma(rng, shape);
    }

    @Override
    public double mean() {
      return shape * scale;
    }
  }

  /**
   * Beta with shapes {@code alpha} and {@code beta} on [0, 1]; suits probabilities and proportions.
   *
   * @param alpha the first shape, positive
   * @param beta the second shape, positive
   */
  record Beta(double alpha, double beta) implements Distribution {
    /** Validates. */
    public Beta {
      check(Double.isFinite(alpha) && alpha > 0, "Beta", "alpha", "positive", alpha);
      check(Double.isFinite(beta) && beta > 0, "Beta", "beta", "positive", beta);
    }

    /**
     * The beta with a given mean {@code m} and standard deviation {@code s} (method of moments):
     * {@code alpha = m (m (1 - m) / s^2 - 1)}, {@code beta = (1 - m) (m (1 - m) / s^2 - 1)}; needs
     * {@code s^2 < m (1 - m)}.
     *
     * @param mean the mean, in (0, 1)
     * @param sd the standard deviation, positive
     * @return the distribution
     */
    public static Beta ofMeanSd(double mean, double sd) {
      check(mean > 0 && mean < 1, "Beta", "mean", "between 0 and 1 (exclusive)", mean);
      check(sd > 0 && sd * sd < mean * (1 - mean), "Beta", "sd", "positive with sd^2 < mean (1 - mean)", sd);
      double common = mean * (1 - mean) / (sd * sd) - 1;
      return new Beta(mean * common, (1 - mean) * common);
    }

    /**
     * Method of moments from a parameter's estimate and its standard error (for example a mean
     * utility or a probability): as {@code ofMeanSd(mean, standardError)}; needs
     * {@code se^2 < m (1 - m)}.
     *
     * @param mean the estimate, in (0, 1)
     * @param standardError its standard error, positive
     * @return the distribution
     */
    public static Beta ofMeanStandardError(double mean, double standardError) {
      return ofMeanSd(mean, standardError);
    }

    /**
     * The beta for {@code events} successes out of {@code trials}: {@code Beta(events, trials - events)}.
     *
     * @param events the successes, positive
     * @param trials the trials, more than events
     * @return the distribution
     */
    public static Beta ofCounts(long events, long trials) {
      check(events > 0, "Beta", "events", "positive", events);
      check(trials > events, "Beta", "trials", "greater than events (" + events + ")", trials);
      return new Beta(events, trials - events);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return Sampling.beta(rng, alpha, beta);
    }

    @Override
    public double mean() {
      return alpha / (alpha + beta);
    }
  }

  /**
   * Triangular on [min, max] with mode {@code mode}.
   *
   * @param min the minimum
   * @param mode the most likely value
   * @param max the maximum, greater than min
   */
  record Triangular(double min, double mode, double max) implements Distribution {
    /** Validates. */
    public Triangular {
      check(Double.isFinite(min), "Triangular", "min", "finite", min);
      check(Double.isFinite(max) && max > min, "Triangular", "max", "greater than min (" + min + ")", max);
      check(mode >= min && mode <= max, "Triangular", "mode", "between min and max", mode);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return Sampling.triangular(rng, min, mode, max);
    }

    @Override
    public double mean() {
      return (min + mode + max) / 3;
    }
  }

  /**
   * PERT on [min, max] with mode {@code mode}: {@code min + (max - min) Beta(a, b)} with
   * {@code a = 1 + 4 (mode - min) / (max - min)}, {@code b = 1 + 4 (max - mode) / (max - min)};
   * mean {@code (min + 4 mode + max) / 6}.
   *
   * @param min the minimum
   * @param mode the most likely value
   * @param max the maximum, greater than min
   */
  record Pert(double min, double mode, double max) implements Distribution {
    /** Validates. */
    public Pert {
      check(Double.isFinite(min), "Pert", "min", "finite", min);
      check(Double.isFinite(max) && max > min, "Pert", "max", "greater than min (" + min + ")", max);
      check(mode >= min && mode <= max, "Pert", "mode", "between min and max", mode);
    }

    @Override
    public double sample(RandomGenerator rng) {
      double range = max - min;
      return min + range * Sampling.beta(rng, 1 + 4 * (mode - min) / range, 1 + 4 * (max - mode) / range);
    }

    @Override
    public double mean() {
      return (min + 4 * mode + max) / 6;
    }
  }

  /**
   * Uniform on [min, max).
   *
   * @param min the minimum
   * @param max the maximum, greater than min
   */
  record Uniform(double min, double max) implements Distribution {
    /** Validates. */
    public Uniform {
      check(Double.isFinite(min), "Uniform", "min", "finite", min);
      check(Double.isFinite(max) && max > min, "Uniform", "max", "greater than min (" + min + ")", max);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return min + (max - min) * rng.nextDouble();
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }
  }

  /**
   * Empirical: each draw is one of the observed values, chosen with equal probability (bootstrap).
   *
   * @param values the observed values, not empty, all finite
   */
  record Empirical(List<Double> values) implements Distribution {
    /** Validates and copies. */
    public Empirical {
      values = List.copyOf(Args.notEmpty(values, "values"));
      for (int i = 0; i < values.size(); i++) {
        check(Double.isFinite(values.get(i)), "Empirical", "values[" + i + "]", "finite", values.get(i));
      }
    }

    @Override
    public double sample(RandomGenerator rng) {
      return values.get(rng.nextInt(values.size()));
    }

    @Override
    public double mean() {
      return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
  }
}
