package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;

/**
 * Something a monitoring check found.
 *
 * @param kind what kind of finding
 * @param subject the KPI id, or the service for a review finding
 * @param message the finding in words
 * @since 0.1.0
 */
public record MonitoringFinding(MonitoringFindingKind kind, String subject, String message) {

  /**
   * Creates a finding.
   *
   * @param kind the kind
   * @param subject the KPI or service
   * @param message the words
   */
  public MonitoringFinding {
    Args.notNull(kind, "kind");
    Args.notBlank(subject, "subject");
    Args.notBlank(message, "message");
  }

  @Override
  public String toString() {
    return kind + " (" + subject + "): " + message;
  }
}
