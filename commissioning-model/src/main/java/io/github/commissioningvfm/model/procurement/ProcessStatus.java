package io.github.commissioningvfm.model.procurement;

/**
 * Whether a Provider Selection Regime process may be followed in given circumstances.
 *
 * @since 0.1.0
 */
public enum ProcessStatus {
  /** The regulations require this process. */
  MANDATORY,
  /** The authority may follow this process. */
  AVAILABLE,
  /** The authority must not follow this process. */
  NOT_AVAILABLE,
  /** The library cannot decide from the facts given; the reason says what is missing. */
  UNDETERMINED
}
