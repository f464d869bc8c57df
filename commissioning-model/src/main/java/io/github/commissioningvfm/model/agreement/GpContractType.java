package io.github.commissioningvfm.model.agreement;

/**
 * The GP contract types.
 *
 * @since 0.1.0
 */
public enum GpContractType {
  /** General Medical Services: the national standard contract. */
  GMS,
  /** Personal Medical Services: locally negotiated. */
  PMS,
  /** Alternative Provider Medical Services: other providers, including the third sector. */
  APMS
}
