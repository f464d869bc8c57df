package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * An enhanced service in primary care: a directed enhanced service (DES) such as the Network Contract DES, or a
 * local enhanced service (LES).
 *
 * @param details what was signed
 * @param history the changes since
 * @param serviceType directed or local
 * @param service the service, e.g. "Network Contract DES"
 * @since 0.1.0
 */
public record EnhancedService(AgreementDetails details, AgreementHistory history,
    EnhancedServiceType serviceType, String service) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param serviceType directed or local
   * @param service the service, e.g. "Network Contract DES"
   */
  public EnhancedService {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notNull(serviceType, "serviceType");
    Args.notBlank(service, "service");
  }

  @Override
  public EnhancedService withChange(AgreementChange change) {
    return new EnhancedService(details, history.with(change), serviceType, service);
  }
}
