package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * A grant agreement: funding to support a VCSE organisation's activity rather than to buy a defined service.
 *
 * <p>Unlike a contract, a grant is paid in advance, carries conditions, may run for several years,
 * and settles at each year end with carry-forward and clawback ({@link GrantTerms}).
 *
 * @param details what was signed
 * @param history the changes since
 * @param purpose the activity the grant supports
 * @param terms how the grant is paid and settled
 * @since 0.1.0
 */
public record GrantAgreement(AgreementDetails details, AgreementHistory history,
    String purpose, GrantTerms terms) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param purpose the activity the grant supports
   * @param terms how the grant is paid and settled
   */
  public GrantAgreement {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    Args.notBlank(purpose, "purpose");
    Args.notNull(terms, "terms");
  }

  /**
   * A one-year project grant of the agreement's annual value for the financial year its term starts
   * in, with no conditions, no carry-forward and clawback of unspent money.
   *
   * @param details what was signed
   * @param history the changes since
   * @param purpose the activity the grant supports
   */
  public GrantAgreement(AgreementDetails details, AgreementHistory history, String purpose) {
    this(details, history, purpose, GrantTerms.builder(GrantPurpose.PROJECT)
        .award(FinancialYear.containing(Args.notNull(details, "details").term().start()).toString(),
            details.annualValue()).build());
  }

  @Override
  public GrantAgreement withChange(AgreementChange change) {
    return new GrantAgreement(details, history.with(change), purpose, terms);
  }
}
