package io.github.commissioningvfm.model.organisation;

/** The level of the health and care system a body or service works at. */
public enum SpatialLevel {
  /** The integrated care system as a whole (about one to three million people). */
  SYSTEM,
  /** A place, usually a local-authority area. */
  PLACE,
  /** A neighbourhood: a primary care network or integrated neighbourhood team area. */
  NEIGHBOURHOOD
}
