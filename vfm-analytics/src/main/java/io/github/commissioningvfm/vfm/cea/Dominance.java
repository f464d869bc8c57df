package io.github.commissioningvfm.vfm.cea;

/**
 * The status of an option in a cost-effectiveness ranking.
 *
 * @since 0.1.0
 */
public enum Dominance {
  /** On the efficient frontier. */
  NOT_DOMINATED,
  /** Another option costs no more and achieves at least as much (and is better in one respect). */
  DOMINATED,
  /** A mix of two other options would achieve more for the same cost. */
  EXTENDEDLY_DOMINATED
}
