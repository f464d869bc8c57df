package io.github.commissioningvfm.vfm.audit;

/**
 * What an evaluation's text says a return figure means for the money invested.
 *
 * @since 0.1.0
 */
public enum StatedReturn {
  /** The text says more came back than was spent. */
  GAIN,
  /** The text says less came back than was spent. */
  LOSS,
  /** The text says neither. */
  NOT_STATED
}
