package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A GP contract (GMS, PMS or APMS).
 *
 * @param details what was signed
 * @param history the changes since
 * @param contractType GMS, PMS or APMS
 * @since 0.1.0
 */
public record GpContract(AgreementDetails details, AgreementHistory history,
    GpContractType contractType) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param contractType GMS, PMS or APMS
   */
  public GpContract {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notNull(contractType, "contractType");
  }

  @Override
  public GpContract withChange(AgreementChange change) {
    return new GpContract(details, history.with(change), contractType);
  }
}
