package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * An uncertain input: its base value, a plausible low-high range (for one-way sensitivity and
 * switching values) and, for probabilistic analysis, a distribution. An input without a distribution
 * is held at its base value in Monte Carlo runs.
 *
 * @param name the input's name, as the model reads it
 * @param base the base-case value
 * @param low the low value, at most base
 * @param high the high value, at least base
 * @param distribution the distribution, if any
 * @since 0.1.0
 */
public record UncertainInput(String name, double base, double low, double high, Optional<Distribution> distribution) {

  /** Validates. */
  public UncertainInput {
    Args.notBlank(name, "name");
    Args.finite(base, "base");
    Args.finite(low, "low");
    Args.finite(high, "high");
    if (low > base || base > high) {
      throw new IllegalArgumentException("Input '" + name + "': low, base and high must be in order, got low " + low
          + ", base " + base + ", high " + high);
    }
    Args.notNull(distribution, "distribution");
  }

  /**
   * An input with a range and no distribution.
   *
   * @param name the name
   * @param base the base value
   * @param low the low value
   * @param high the high value
   * @return the input
   */
  public static UncertainInput of(String name, double base, double low, double high) {
    return new UncertainInput(name, base, low, high, Optional.empty());
  }

  /**
   * An input with a range and a distribution.
   *
   * @param name the name
   * @param base the base value
   * @param low the low value
   * @param high the high value
   * @param distribution the distribution
   * @return the input
   */
  public static UncertainInput of(String name, double base, double low, double high, Distribution distribution) {
    return new UncertainInput(name, base, low, high, Optional.of(Args.notNull(distribution, "distribution")));
  }
}
