package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Proportion;

/**
 * An outcome on which part of a withheld sum is paid.
 *
 * @param id a short id, reported in {@link ActivityReport#outcomesMet()} when met
 * @param description what must be achieved
 * @param shareOfWithheld the share of the withheld sum this trigger releases
 * @since 0.1.0
 */
public record OutcomeTrigger(String id, String description, Proportion shareOfWithheld) {

  /**
   * Creates a trigger.
   *
   * @param id a short id
   * @param description what must be achieved
   * @param shareOfWithheld the share of the withheld sum it releases
   */
  public OutcomeTrigger {
    Args.notBlank(id, "id");
    Args.notBlank(description, "description");
    Args.notNull(shareOfWithheld, "shareOfWithheld");
  }
}
