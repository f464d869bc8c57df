package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A grant agreement: funding to support a VCSE organisation's activity rather than to buy a defined service.
 *
 * @param details what was signed
 * @param history the changes since
 * @param purpose the activity the grant supports
 * @since 0.1.0
 */
public record GrantAgreement(AgreementDetails details, AgreementHistory history,
    String purpose) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param purpose the activity the grant supports
   */
  public GrantAgreement {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notBlank(purpose, "purpose");
  }

  @Override
  public GrantAgreement withChange(AgreementChange change) {
    return new GrantAgreement(details, history.with(change), purpose);
  }
}
