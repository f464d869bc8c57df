package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A key performance indicator written into an agreement.
 *
 * @param id a short id, e.g. "KPI-3"
 * @param description what is measured
 * @param target the target in words, e.g. "90% seen within 14 days"
 * @since 0.1.0
 */
public record Kpi(String id, String description, String target) {

  /**
   * Creates a KPI.
   *
   * @param id a short id
   * @param description what is measured
   * @param target the target
   */
  public Kpi {
    Args.notBlank(id, "id");
    Args.notBlank(description, "description");
    Args.notBlank(target, "target");
  }
}
