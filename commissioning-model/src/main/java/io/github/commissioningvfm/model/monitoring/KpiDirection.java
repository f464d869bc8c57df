package io.github.commissioningvfm.model.monitoring;

/**
 * Which side of its target a KPI should be on.
 *
 * @since 0.1.0
 */
public enum KpiDirection {
  /** The value should be at least the target. */
  AT_LEAST,
  /** The value should be at most the target. */
  AT_MOST
}
