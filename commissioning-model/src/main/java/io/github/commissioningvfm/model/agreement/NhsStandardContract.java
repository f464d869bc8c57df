package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * The NHS Standard Contract, mandated for most NHS-funded healthcare, in its full-length or shorter form.
 *
 * @param details what was signed
 * @param history the changes since
 * @param form full-length or shorter form
 * @since 0.1.0
 */
public record NhsStandardContract(AgreementDetails details, AgreementHistory history,
    ContractForm form) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param form full-length or shorter form
   */
  public NhsStandardContract {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notNull(form, "form");
  }

  @Override
  public NhsStandardContract withChange(AgreementChange change) {
    return new NhsStandardContract(details, history.with(change), form);
  }
}
