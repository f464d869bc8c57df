package io.github.commissioningvfm.vfm.audit;

/**
 * What an evaluation says a printed change figure (or each unit of a coefficient) means.
 *
 * @since 0.1.0
 */
public enum StatedEffect {
  /** The text says it is an improvement. */
  IMPROVEMENT,
  /** The text says it is a deterioration. */
  DETERIORATION
}
