package io.github.commissioningvfm.model.monitoring;

/**
 * What a monitoring finding says.
 *
 * @since 0.1.0
 */
public enum MonitoringFindingKind {
  /** No review in the 12 months up to the date of the check. */
  NO_REVIEW_IN_12_MONTHS,
  /** A KPI's target missed in each of the latest N periods. */
  TARGET_MISSED,
  /** A KPI with no measured value at all. */
  NO_DATA
}
