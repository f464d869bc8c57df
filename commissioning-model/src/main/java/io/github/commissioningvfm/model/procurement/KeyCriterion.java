package io.github.commissioningvfm.model.procurement;

/**
 * The five key criteria of the Provider Selection Regime (NHS England, "The Provider Selection
 * Regime: statutory guidance", April 2025).
 *
 * @since 0.1.0
 */
public enum KeyCriterion {
  /** Quality (safety, effectiveness, experience) and innovation. */
  QUALITY_AND_INNOVATION,
  /** Value. */
  VALUE,
  /** Integration, collaboration and service sustainability. */
  INTEGRATION_COLLABORATION_SUSTAINABILITY,
  /** Improving access, reducing health inequalities and facilitating choice. */
  ACCESS_INEQUALITIES_CHOICE,
  /** Social value. */
  SOCIAL_VALUE
}
