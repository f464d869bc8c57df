package io.github.commissioningvfm.vfm.audit;

/**
 * How an evaluation allocated the programme cost to participants before computing VfM.
 *
 * @since 0.1.0
 */
public enum AllocationRule {
  /** Each participant carries the cost of one session times the sessions attended: cost_i = c s_i. */
  PER_SESSION,
  /** Each participant carries an equal share of the cost: cost_i = C / n. */
  EQUAL_SHARE
}
