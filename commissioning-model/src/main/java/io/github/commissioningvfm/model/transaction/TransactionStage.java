package io.github.commissioningvfm.model.transaction;

/**
 * The stage of commissioning at which transaction work is done, and when its cost falls: before
 * the award (spent whether or not the bid wins), once after the award, or every year of the
 * contract. For the commissioner, bid preparation is preparing the tender and clarification is
 * answering bidders' questions.
 *
 * @since 0.1.0
 */
public enum TransactionStage {
  /** Preparing a bid (or, for the commissioner, the tender documents). */
  BID_PREPARATION(Timing.BEFORE_AWARD),
  /** Clarification questions and answers during the tender. */
  CLARIFICATION(Timing.BEFORE_AWARD),
  /** Scoring bids and moderating scores (the commissioner's side). */
  BID_EVALUATION(Timing.BEFORE_AWARD),
  /** Negotiating the contract after preferred bidder. */
  NEGOTIATION(Timing.ONCE_AFTER_AWARD),
  /** Mobilising the service: recruitment, premises, systems. */
  MOBILISATION(Timing.ONCE_AFTER_AWARD),
  /** Preparing (or reading) monitoring returns. */
  MONITORING_RETURNS(Timing.EVERY_YEAR),
  /** Contract review meetings. */
  REVIEW_MEETINGS(Timing.EVERY_YEAR);

  private final Timing timing;

  TransactionStage(Timing timing) {
    this.timing = timing;
  }

  /**
   * When the cost of this stage falls.
   *
   * @return the timing
   */
  public Timing timing() {
    return timing;
  }

  /** When a stage's cost falls. */
  public enum Timing {
    /** Before the award: spent whether or not the bid wins. Hours are for the whole stage. */
    BEFORE_AWARD,
    /** Once, after the award. Hours are for the whole stage. */
    ONCE_AFTER_AWARD,
    /** Every year of the contract. Hours are per year. */
    EVERY_YEAR
  }
}
