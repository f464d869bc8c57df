package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.List;

/**
 * The cost-benefit figures of one option against the counterfactual.
 *
 * <p>{@code npsv = incrementalBenefits - incrementalCosts};
 * {@code bcr = incrementalBenefits / incrementalCosts}; {@code paybackYear} = first year {@code T}
 * with {@code sum_{t<=T} D(t) x (benefits(t) - costs(t))} (incremental) at least zero.
 *
 * @param option the option's name
 * @param pvCosts PV of the option's costs (after optimism bias)
 * @param pvBenefits PV of the option's net benefits
 * @param incrementalCosts {@code pvCosts - PV costs of the counterfactual}
 * @param incrementalBenefits {@code pvBenefits - PV benefits of the counterfactual}
 * @param npsv net present social value
 * @param bcr benefit-cost ratio, undefined when the incremental costs are not positive
 * @param paybackYear the payback year index as a {@link Figure.Count}, undefined if not reached within the horizon
 * @param perspectives the incremental figures per perspective
 */
public record CbaOptionResult(String option, Cost pvCosts, Cost pvBenefits, Cost incrementalCosts,
    Cost incrementalBenefits, Cost npsv, Figure bcr, Figure paybackYear, List<PerspectiveNet> perspectives) {

  /** Validates and copies. */
  public CbaOptionResult {
    Args.notBlank(option, "option");
    Args.notNull(pvCosts, "pvCosts");
    Args.notNull(pvBenefits, "pvBenefits");
    Args.notNull(incrementalCosts, "incrementalCosts");
    Args.notNull(incrementalBenefits, "incrementalBenefits");
    Args.notNull(npsv, "npsv");
    Args.notNull(bcr, "bcr");
    Args.notNull(paybackYear, "paybackYear");
    perspectives = List.copyOf(Args.noNullElements(perspectives, "perspectives"));
    PriceBases.requireOne("combine in a cost-benefit option result", pvCosts, pvBenefits, incrementalCosts,
        incrementalBenefits, npsv);
  }
}
