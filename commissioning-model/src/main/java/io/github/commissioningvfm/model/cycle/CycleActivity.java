package io.github.commissioningvfm.model.cycle;

/**
 * The nine activities of the NHS England commissioning cycle, three per stage.
 *
 * @since 0.1.0
 */
public enum CycleActivity {
  /** Assess needs. */
  ASSESS_NEEDS(CycleStage.STRATEGIC_PLANNING),
  /** Review current service provision. */
  REVIEW_PROVISION(CycleStage.STRATEGIC_PLANNING),
  /** Decide priorities. */
  DECIDE_PRIORITIES(CycleStage.STRATEGIC_PLANNING),
  /** Design services: specifications, co-produced. */
  DESIGN_SERVICES(CycleStage.PROCURING_SERVICES),
  /** Shape the structure of supply: market and providers. */
  SHAPE_SUPPLY(CycleStage.PROCURING_SERVICES),
  /** Manage demand and ensure appropriate access: capacity planning. */
  MANAGE_DEMAND(CycleStage.PROCURING_SERVICES),
  /** Support patient choice. */
  SUPPORT_CHOICE(CycleStage.MONITORING_AND_EVALUATION),
  /** Manage performance: KPIs, outcomes, quality, finance. */
  MANAGE_PERFORMANCE(CycleStage.MONITORING_AND_EVALUATION),
  /** Seek public and patient views. */
  SEEK_VIEWS(CycleStage.MONITORING_AND_EVALUATION);

  private final CycleStage stage;

  CycleActivity(CycleStage stage) {
    this.stage = stage;
  }

  /**
   * The stage this activity belongs to.
   *
   * @return the stage
   */
  public CycleStage stage() {
    return stage;
  }
}
