package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A service level agreement, e.g. between NHS bodies or within a lead-provider arrangement.
 *
 * @param details what was signed
 * @param history the changes since
 * @since 0.1.0
 */
public record ServiceLevelAgreement(AgreementDetails details, AgreementHistory history) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   */
  public ServiceLevelAgreement {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
  }

  @Override
  public ServiceLevelAgreement withChange(AgreementChange change) {
    return new ServiceLevelAgreement(details, history.with(change));
  }
}
