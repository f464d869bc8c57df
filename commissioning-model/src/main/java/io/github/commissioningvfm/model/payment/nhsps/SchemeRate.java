package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Proportion;

/**
 * A rate set by the scheme, with its source.
 *
 * @param value the rate
 * @param source where the scheme states it
 * @since 0.1.0
 */
public record SchemeRate(Proportion value, Provenance source) {

  /**
   * Creates a rate.
   *
   * @param value the rate
   * @param source where the scheme states it
   */
  public SchemeRate {
    Args.notNull(value, "value");
    Args.notNull(source, "source");
  }
}
