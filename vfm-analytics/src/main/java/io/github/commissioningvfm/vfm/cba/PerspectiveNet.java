package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Perspective;

/**
 * Incremental present values of an option against the counterfactual, seen from one perspective:
 * who pays and who saves. {@code net = benefits - costs}.
 *
 * @param perspective the perspective
 * @param costs incremental PV of costs borne within the perspective
 * @param benefits incremental PV of benefits received within the perspective
 * @param net {@code benefits - costs}
 */
public record PerspectiveNet(Perspective perspective, Cost costs, Cost benefits, Cost net) {
  /** Validates. */
  public PerspectiveNet {
    Args.notNull(perspective, "perspective");
    Args.notNull(costs, "costs");
    Args.notNull(benefits, "benefits");
    Args.notNull(net, "net");
    PriceBases.requireOne("combine in a perspective's figures", costs, benefits, net);
  }
}
