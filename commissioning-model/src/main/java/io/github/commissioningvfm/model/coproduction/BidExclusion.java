package io.github.commissioningvfm.model.coproduction;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;

/**
 * An organisation barred from bidding in a cycle.
 *
 * @param cycle the cycle
 * @param organisation who was barred
 * @param date when
 * @param reason why, e.g. "conflict of interest: helped write the specification"
 * @since 0.1.0
 */
public record BidExclusion(String cycle, String organisation, LocalDate date, String reason) {

  /**
   * Creates an exclusion.
   *
   * @param cycle the cycle
   * @param organisation who was barred
   * @param date when
   * @param reason why
   */
  public BidExclusion {
    Args.notBlank(cycle, "cycle");
    Args.notBlank(organisation, "organisation");
    Args.notNull(date, "date");
    Args.notBlank(reason, "reason");
  }
}
