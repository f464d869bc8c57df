/**
 * Cost-benefit analysis in the manner of HM Treasury's Green Book.
 *
 * <p>Costs and benefits of each option are discounted to present values with a
 * {@link io.github.commissioningvfm.vfm.cba.DiscountSchedule} (Green Book standard schedule: 3.5% for
 * years 0-30, 3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200, 1.5% for 201-300, 1.0% after; the
 * health schedule starts at 1.5%). With {@code r(k)} the rate of year {@code k}, the discount factor
 * of year {@code t} is {@code D(t) = 1 / prod_{k=1..t} (1 + r(k))}, which is {@code 1 / (1 + r)^t}
 * within the first band. Present value {@code PV = sum_t amount(t) x D(t)}.
 *
 * <p>Costs are uplifted for optimism bias before discounting ({@code cost x (1 + uplift)}), for
 * every option except the counterfactual. For each option against the counterfactual:
 * {@code NPSV = (PV benefits - PV benefits of counterfactual) - (PV costs - PV costs of counterfactual)};
 * {@code BCR = incremental PV benefits / incremental PV costs} (undefined when incremental costs are
 * zero or negative); payback year = first year in which the cumulative discounted incremental net
 * benefit is at least zero. Figures are also given per
 * {@link io.github.commissioningvfm.vfm.appraisal.Perspective}, so that cost-shifting between
 * budgets is visible.
 */
package io.github.commissioningvfm.vfm.cba;
