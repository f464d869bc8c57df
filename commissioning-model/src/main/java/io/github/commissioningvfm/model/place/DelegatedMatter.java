package io.github.commissioningvfm.model.place;

/**
 * What can be delegated to a Place or programme committee.
 *
 * @since 0.1.0
 */
public enum DelegatedMatter {
  /** A budget. */
  BUDGET,
  /** Commissioning decisions. */
  DECISIONS,
  /** Staff (workforce). */
  WORKFORCE
}
