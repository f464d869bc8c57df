package io.github.commissioningvfm.vfm.outcomes.bootstrap;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import java.util.Optional;

/**
 * A bootstrap run's estimate and intervals.
 *
 * @param estimate the statistic on the original sample
 * @param resamples B
 * @param seed the master seed
 * @param percentile the percentile interval
 * @param bca the BCa interval, when defined
 * @param bcaUndefinedBecause why BCa is absent, if it is
 * @param standardError the standard deviation of the replicates
 */
public record BootstrapResult(double estimate, int resamples, long seed, Interval percentile, Optional<Interval> bca,
    Optional<String> bcaUndefinedBecause, double standardError) {

  /**
   * Creates a result.
   *
   * @param estimate estimate
   * @param resamples B
   * @param seed seed
   * @param percentile percentile interval
   * @param bca BCa interval
   * @param bcaUndefinedBecause reason BCa is absent
   * @param standardError bootstrap standard error
   */
  public BootstrapResult {
    Args.finite(estimate, "estimate");
    Args.positive(resamples, "resamples");
    Args.notNull(percentile, "percentile");
    Args.notNull(bca, "bca");
    Args.notNull(bcaUndefinedBecause, "bcaUndefinedBecause");
    Args.check(bca.isPresent() != bcaUndefinedBecause.isPresent(), "bcaUndefinedBecause",
        "be given exactly when BCa is absent", bcaUndefinedBecause);
    Args.notNegative(standardError, "standardError");
  }

  /** The estimate, both intervals with their level and method, and the standard error, to four significant figures. */
  @Override
  public String toString() {
    return "estimate " + io.github.commissioningvfm.vfm.spi.Figure.significant(java.math.BigDecimal.valueOf(estimate))
        + "; " + percentile + "; " + bca.map(Object::toString).orElse("BCa undefined: " + bcaUndefinedBecause.orElse(""))
        + "; standard error "
        + io.github.commissioningvfm.vfm.spi.Figure.significant(java.math.BigDecimal.valueOf(standardError));
  }
}
