package io.github.commissioningvfm.vfm.audit;

/**
 * The return-on-investment formula an evaluation states.
 *
 * @since 0.1.0
 */
public enum ReturnFormula {
  /** ROI ratio = benefits / cost (1.15 means £1.15 back per £1). */
  RATIO,
  /** Net ROI = (benefits - cost) / cost (0.15 means GBP 0.15 gained per GBP 1). */
  NET,
  /** The evaluation states no formula. */
  NOT_STATED
}
