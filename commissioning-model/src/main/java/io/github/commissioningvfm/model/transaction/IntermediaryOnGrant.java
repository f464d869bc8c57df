package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.RoundingMode;

/**
 * Money passed through an intermediary (an infrastructure body, lead provider or alliance) that
 * keeps a top-slice and on-grants the rest to frontline VCSEs: a workaround that delegates
 * provider selection to a body outside the procurement rules (Sheaff et al. 2024, HSDR 12(39),
 * ch. 7, source lines 2591-2593).
 *
 * <pre>
 *   retained   = round(received x top-slice)          (half up, to the penny)
 *   on-granted = received - retained
 * </pre>
 *
 * @param received what the intermediary receives from the commissioner; not negative
 * @param topSlice the share it keeps for administering the grants
 * @since 0.1.0
 */
public record IntermediaryOnGrant(Money received, Proportion topSlice) {

  /**
   * Creates the arrangement.
   *
   * @param received what the intermediary receives
   * @param topSlice the share it keeps
   */
  public IntermediaryOnGrant {
    Args.notNull(received, "received");
    Args.check(!received.isNegative(), "received", "not be negative", received);
    Args.notNull(topSlice, "topSlice");
  }

  /**
   * What the intermediary keeps.
   *
   * @return received x top-slice, half up to the penny
   */
  public Money retained() {
    return received.multipliedBy(topSlice.fraction(), RoundingMode.HALF_UP);
  }

  /**
   * What reaches frontline organisations.
   *
   * @return received - retained
   */
  public Money onGranted() {
    return received.minus(retained());
  }
}
