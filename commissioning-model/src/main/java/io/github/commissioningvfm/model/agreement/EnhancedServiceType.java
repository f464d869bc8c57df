package io.github.commissioningvfm.model.agreement;

/**
 * The kinds of enhanced service in primary care.
 *
 * @since 0.1.0
 */
public enum EnhancedServiceType {
  /** A directed enhanced service (DES), nationally specified. */
  DIRECTED,
  /** A local enhanced service (LES), locally commissioned. */
  LOCAL
}
