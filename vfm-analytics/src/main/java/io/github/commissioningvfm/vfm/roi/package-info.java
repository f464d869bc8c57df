/**
 * Return on investment, always in both of its circulating definitions, labelled:
 * <ul>
 *   <li><b>ROI ratio</b> = benefits / investment (1.15 means GBP 1.15 back for each GBP 1);</li>
 *   <li><b>net ROI</b> = (benefits - investment) / investment = ROI ratio - 1 (0.15, "15%").</li>
 * </ul>
 * The investment is the option's cost over the counterfactual's; the benefits are the option's net
 * benefits over the counterfactual's. Both are undiscounted unless a discount schedule is given. A
 * zero or negative investment gives an explicit "undefined" ratio with its reason.
 *
 * <p>Figures are given in total and fiscal form (fiscal: cashable benefits only), per year, per
 * perspective (benefits received by a budget over the costs it bears, which shows cost-shifting),
 * per benefit stream (for example each service a person would otherwise have used), together with
 * the break-even volume of each avoided-use stream: the avoided volume at which the total ROI ratio
 * is 1, other benefits unchanged:
 * {@code V* = (investment - (benefits - B_s)) / (B_s / V_s)} for a stream with benefits {@code B_s}
 * from volume {@code V_s}.
 */
package io.github.commissioningvfm.vfm.roi;
