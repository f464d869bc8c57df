package io.github.commissioningvfm.vfm.audit;

/**
 * How an evaluation computed a change score from the two scores.
 *
 * @since 0.1.0
 */
public enum ChangeDefinition {
  /** Follow-up minus baseline (a negative value is a fall in the score). */
  FOLLOW_UP_MINUS_BASELINE,
  /** Baseline minus follow-up (a positive value is a fall in the score). */
  BASELINE_MINUS_FOLLOW_UP
}
