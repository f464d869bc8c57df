package io.github.commissioningvfm.model.organisation;

/**
 * The level of the health and care system a body or service works at.
 *
 * @since 0.1.0
 */
public enum SpatialLevel {
  /** The integrated care system as a whole (about one to three million people). */
  SYSTEM,
  /** A place, usually a local-authority area. */
  PLACE,
  /** A neighbourhood: a primary care network or integrated neighbourhood team area. */
  NEIGHBOURHOOD
}
