package io.github.commissioningvfm.vfm.audit;

/**
 * A slip of the pen that turns one printed figure into another.
 *
 * @since 0.1.0
 */
public enum EditKind {
  /** Two adjacent different digits swapped, e.g. 238.3 printed as 283.3. */
  TRANSPOSED_DIGITS,
  /** The decimal point moved one place, e.g. 0.0133 printed as 0.133. */
  DECIMAL_SHIFT
}
