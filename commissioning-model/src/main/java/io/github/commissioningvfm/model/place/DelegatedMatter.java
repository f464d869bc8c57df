package io.github.commissioningvfm.model.place;

/** What can be delegated to a Place or programme committee. */
public enum DelegatedMatter {
  /** A budget. */
  BUDGET,
  /** Commissioning decisions. */
  DECISIONS,
  /** Staff (workforce). */
  WORKFORCE
}
