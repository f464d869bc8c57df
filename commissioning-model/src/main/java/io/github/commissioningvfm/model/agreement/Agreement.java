package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;

/**
 * An agreement under which a service is commissioned. The family is closed; each member adds what
 * is particular to its kind to the shared {@link AgreementDetails} and {@link AgreementHistory}.
 *
 * @since 0.1.0
 */
public sealed interface Agreement permits NhsStandardContract, GrantAgreement, SubContract, GpContract,
    EnhancedService, Section75Agreement, AllianceAgreement, ServiceLevelAgreement {

  /**
   * What the agreement stated when signed.
   *
   * @return the details
   */
  AgreementDetails details();

  /**
   * The variations, extensions and roll-overs since.
   *
   * @return the history
   */
  AgreementHistory history();

  /**
   * This agreement with one more change, checked against its term.
   *
   * @param change the change
   * @return the changed agreement
   */
  Agreement withChange(AgreementChange change);

  /**
   * The term after every extension and roll-over.
   *
   * @return the current term
   */
  default Term currentTerm() {
    return history().currentTerm(details().term());
  }

  /**
   * The annual value in effect on a date.
   *
   * @param date the date
   * @return the annual value then
   */
  default Money annualValueOn(LocalDate date) {
    return history().annualValueOn(details().annualValue(), date);
  }
}
