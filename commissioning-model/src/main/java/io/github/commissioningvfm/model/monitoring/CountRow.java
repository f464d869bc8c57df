package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One category of a breakdown and the participants in it, with its share of those recorded.
 *
 * @param category the category, e.g. "GP" or "decile 1"
 * @param share participants in the category out of participants with the field recorded
 * @since 0.1.0
 */
public record CountRow(String category, RateEstimate share) {

  /**
   * Creates a row.
   *
   * @param category the category
   * @param share the share
   */
  public CountRow {
    Args.notBlank(category, "category");
    Args.notNull(share, "share");
  }
}
