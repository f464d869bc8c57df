package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.Optional;

/**
 * An option's place in a cost-effectiveness ranking.
 *
 * @param costEffect its cost and effect
 * @param status its place: on the frontier, dominated or extendedly dominated
 * @param comparedWith for frontier options other than the cheapest, the previous frontier option
 * @param icer the ICER against {@code comparedWith}; undefined for the cheapest frontier option and for dominated options
 * @since 0.1.0
 */
public record RankedOption(CostEffect costEffect, Dominance status, Optional<String> comparedWith, Figure icer) {
  /** Validates. */
  public RankedOption {
    Args.notNull(costEffect, "costEffect");
    Args.notNull(status, "status");
    Args.notNull(comparedWith, "comparedWith");
    Args.notNull(icer, "icer");
  }
}
