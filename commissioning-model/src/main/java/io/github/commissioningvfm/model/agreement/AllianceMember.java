package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.rate.Proportion;

/**
 * A member of an alliance and its share of risk and gain.
 *
 * @param member the member's code
 * @param riskGainShare its share of any gain or loss
 * @since 0.1.0
 */
public record AllianceMember(OrganisationCode member, Proportion riskGainShare) {

  /**
   * Creates a member.
   *
   * @param member the member's code
   * @param riskGainShare its share
   */
  public AllianceMember {
    Args.notNull(member, "member");
    Args.notNull(riskGainShare, "riskGainShare");
  }
}
