package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A sub-contract: a provider buys part of its obligations under a head contract from another provider.
 *
 * @param details what was signed
 * @param history the changes since
 * @param headContract the reference of the contract whose obligations are sub-contracted
 * @since 0.1.0
 */
public record SubContract(AgreementDetails details, AgreementHistory history,
    String headContract) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param headContract the reference of the contract whose obligations are sub-contracted
   */
  public SubContract {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notBlank(headContract, "headContract");
  }

  @Override
  public SubContract withChange(AgreementChange change) {
    return new SubContract(details, history.with(change), headContract);
  }
}
