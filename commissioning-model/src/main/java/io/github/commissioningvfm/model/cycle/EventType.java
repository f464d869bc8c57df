package io.github.commissioningvfm.model.cycle;

/**
 * Things that happen to a commissioned service, each placed in a cycle activity.
 *
 * @since 0.1.0
 */
public enum EventType {
  /** A needs assessment (for example a JSNA chapter). */
  NEEDS_ASSESSMENT(CycleActivity.ASSESS_NEEDS),
  /** A review of current provision. */
  SERVICE_REVIEW(CycleActivity.REVIEW_PROVISION),
  /** Priorities decided (strategy, business case). */
  PRIORITIES_DECIDED(CycleActivity.DECIDE_PRIORITIES),
  /** A service specification written or revised. */
  SPECIFICATION(CycleActivity.DESIGN_SERVICES),
  /** Market engagement or provider development. */
  MARKET_ENGAGEMENT(CycleActivity.SHAPE_SUPPLY),
  /** A procurement route chosen (PSR route or grant route). */
  PROCUREMENT_ROUTE_CHOSEN(CycleActivity.SHAPE_SUPPLY),
  /** A contract or grant awarded. */
  AWARD(CycleActivity.SHAPE_SUPPLY),
  /** Capacity or access planning. */
  CAPACITY_PLANNING(CycleActivity.MANAGE_DEMAND),
  /** A contract or grant starts. */
  CONTRACT_START(CycleActivity.MANAGE_DEMAND),
  /** A contract varied. */
  VARIATION(CycleActivity.MANAGE_PERFORMANCE),
  /** A contract extended under an option to extend. */
  EXTENSION(CycleActivity.MANAGE_PERFORMANCE),
  /** A contract rolled over without re-procurement. */
  ROLL_OVER(CycleActivity.MANAGE_PERFORMANCE),
  /** A performance or contract review. */
  PERFORMANCE_REVIEW(CycleActivity.MANAGE_PERFORMANCE),
  /** An evaluation of outcomes or value. */
  EVALUATION(CycleActivity.MANAGE_PERFORMANCE),
  /** Service users' or the public's views sought. */
  USER_FEEDBACK(CycleActivity.SEEK_VIEWS),
  /** Choice offered to patients. */
  PATIENT_CHOICE(CycleActivity.SUPPORT_CHOICE),
  /** A contract or grant ends. */
  CONTRACT_END(CycleActivity.MANAGE_PERFORMANCE),
  /** The service decommissioned. */
  DECOMMISSIONING(CycleActivity.DECIDE_PRIORITIES),
  /** A draft specification put out to consultation before it is finalised. */
  SPECIFICATION_CONSULTATION(CycleActivity.DESIGN_SERVICES),
  /** An invitation to tender (or to apply for a grant) issued. */
  TENDER_ISSUED(CycleActivity.SHAPE_SUPPLY),
  /** The deadline for bids or applications. */
  BID_DEADLINE(CycleActivity.SHAPE_SUPPLY),
  // Provider Selection Regime notices and standstill: added as one block.
  /** A notice of intention to award published (PSR direct award process C, most suitable provider, competitive). */
  INTENTION_TO_AWARD_NOTICE(CycleActivity.SHAPE_SUPPLY),
  /** The end of a PSR standstill period (midnight at the end of its 8th working day). */
  STANDSTILL_END(CycleActivity.SHAPE_SUPPLY),
  /** A notice confirming a contract award published. */
  AWARD_NOTICE(CycleActivity.SHAPE_SUPPLY);

  private final CycleActivity activity;

  EventType(CycleActivity activity) {
    this.activity = activity;
  }

  /**
   * The cycle activity this event is part of.
   *
   * @return the activity
   */
  public CycleActivity activity() {
    return activity;
  }

  /**
   * The cycle stage this event is part of.
   *
   * @return the stage
   */
  public CycleStage stage() {
    return activity.stage();
  }
}
