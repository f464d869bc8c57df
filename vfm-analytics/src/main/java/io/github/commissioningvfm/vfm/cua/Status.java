package io.github.commissioningvfm.vfm.cua;

/**
 * A strategy's place in an incremental analysis.
 *
 * @since 0.1.0
 */
public enum Status {
  /** On the efficient frontier. */
  NON_DOMINATED,
  /** Another strategy costs no more and achieves at least as much. */
  DOMINATED,
  /** A mix of two frontier strategies would achieve more at the same cost. */
  EXTENDEDLY_DOMINATED
}
