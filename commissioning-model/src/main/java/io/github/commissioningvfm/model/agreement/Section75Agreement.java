package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;

/**
 * A Section 75 agreement (NHS Act 2006): an NHS body and a local authority pool budgets, each partner
 * contributing a named annual sum. Pooled budget = sum of contributions = annual value.
 *
 * @param details what was signed
 * @param history the changes since
 * @param contributions each partner's annual contribution to the pooled budget; they sum to the annual value
 * @since 0.1.0
 */
public record Section75Agreement(AgreementDetails details, AgreementHistory history,
    List<PartnerContribution> contributions) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param contributions each partner's annual contribution to the pooled budget; they sum to the annual value
   */
  public Section75Agreement {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    contributions = List.copyOf(Args.notEmpty(contributions, "contributions"));
    Money pooled = Money.ZERO;
    for (PartnerContribution c : contributions) {
      pooled = pooled.plus(c.annualContribution());
    }
    Args.check(pooled.equals(details.annualValue()), "contributions", "sum to the annual value ("
        + details.annualValue() + ")", pooled);
  }

  @Override
  public Section75Agreement withChange(AgreementChange change) {
    return new Section75Agreement(details, history.with(change), contributions);
  }
}
