package io.github.commissioningvfm.model.cycle;

/**
 * The three stages of the NHS England commissioning cycle, in their ideal order.
 *
 * @since 0.1.0
 */
public enum CycleStage {
  /** Assess needs, review current provision, decide priorities. */
  STRATEGIC_PLANNING,
  /** Design services, shape the structure of supply, manage demand and ensure access. */
  PROCURING_SERVICES,
  /** Support patient choice, manage performance, seek public and patient views. */
  MONITORING_AND_EVALUATION
}
