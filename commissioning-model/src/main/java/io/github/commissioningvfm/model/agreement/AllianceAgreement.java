package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Percentage;
import java.math.BigDecimal;
import java.util.List;

/**
 * An alliance agreement: several providers (and commissioners) share risk and gain. A member's share of a gain
 * or loss G is G x its risk and gain share.
 *
 * @param details what was signed
 * @param history the changes since
 * @param members the members and their shares of risk and gain, summing to 100%
 * @since 0.1.0
 */
public record AllianceAgreement(AgreementDetails details, AgreementHistory history,
    List<AllianceMember> members) implements Agreement {

  /**
   * Creates the agreement, checking its history against its term.
   *
   * @param details what was signed
   * @param history the changes since
   * @param members the members and their shares of risk and gain, summing to 100%
   */
  public AllianceAgreement {
    Args.notNull(details, "details");
    Args.notNull(history, "history").checkAgainst(details.term());
    members = List.copyOf(Args.notEmpty(members, "members"));
    Percentage shares = new Percentage(members.stream().map(m -> m.riskGainShare().fraction())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    Args.check(shares.fraction().compareTo(BigDecimal.ONE) == 0, "members",
        "have risk and gain shares adding up to 100%, they add up to", shares);
  }

  @Override
  public AllianceAgreement withChange(AgreementChange change) {
    return new AllianceAgreement(details, history.with(change), members);
  }
}
