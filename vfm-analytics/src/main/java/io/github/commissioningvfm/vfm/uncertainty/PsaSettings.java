package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of a probabilistic sensitivity analysis. Build with {@link #builder()}; the seed is
 * required so that every run can be reproduced.
 *
 * @param iterations the number of iterations, 1 to {@value #MAX_ITERATIONS}
 * @param seed the master seed
 * @param threads the number of worker threads, 1 to {@value #MAX_THREADS} (does not change the
 *     results)
 * @param intervalPercent the width of the percentile interval, e.g. 95 for the 2.5th-97.5th percentiles
 * @param thresholds the values of {@code lambda} for the acceptability curve and EVPI
 * @since 0.1.0
 */
public record PsaSettings(int iterations, long seed, int threads, double intervalPercent, List<Double> thresholds) {

  /**
   * The most iterations: {@value}, far beyond any published analysis (10,000 is usual); the bound
   * is checked before any per-iteration array is allocated, so a mistyped count fails at once.
   */
  public static final int MAX_ITERATIONS = 10_000_000;
  /** The most worker threads: {@value}. */
  public static final int MAX_THREADS = 1_024;

  /** Validates and copies. */
  public PsaSettings {
    Args.inRange(iterations, 1, MAX_ITERATIONS, "iterations");
    Args.inRange(threads, 1, MAX_THREADS, "threads");
    Args.check(intervalPercent > 0 && intervalPercent < 100, "intervalPercent", "be between 0 and 100 (exclusive)",
        intervalPercent);
    thresholds = List.copyOf(Args.notEmpty(thresholds, "thresholds"));
    thresholds.forEach(t -> Args.finite(t, "thresholds"));
  }

  /**
   * A builder: 10,000 iterations, as many threads as processors, 95% intervals, thresholds
   * 0, 0.5, 1, 1.5, 2 and 3 (suits a value of one pound of benefit), and no seed (which must be set).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings. */
  public static final class Builder {
    private int iterations = 10_000;
    private Long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double intervalPercent = 95;
    private List<Double> thresholds = List.of(0.0, 0.5, 1.0, 1.5, 2.0, 3.0);

    private Builder() {
    }

    /**
     * Sets the number of iterations.
     *
     * @param value the number
     * @return this builder
     */
    public Builder iterations(int value) {
      this.iterations = value;
      return this;
    }

    /**
     * Sets the master seed (required).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the number of threads.
     *
     * @param value the number
     * @return this builder
     */
    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    /**
     * Sets the interval width in percent.
     *
     * @param value e.g. 90
     * @return this builder
     */
    public Builder intervalPercent(double value) {
      this.intervalPercent = value;
      return this;
    }

    /**
     * Sets the thresholds of the acceptability curve.
     *
     * @param values the values of lambda
     * @return this builder
     */
    public Builder thresholds(List<Double> values) {
      this.thresholds = new ArrayList<>(Args.noNullElements(values, "thresholds"));
      return this;
    }


    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException if no seed was given
     */
    public PsaSettings build() {
      if (seed == null) {
        throw new IllegalArgumentException("Probabilistic sensitivity analysis needs a seed: call seed(long) so that "
            + "the run can be reproduced");
      }
      return new PsaSettings(iterations, seed, threads, intervalPercent, thresholds);
    }
  }
}
