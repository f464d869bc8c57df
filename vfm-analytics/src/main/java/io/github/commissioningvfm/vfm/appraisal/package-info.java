/**
 * The appraisal model: what is being compared, before any method is applied.
 *
 * <p>An {@link io.github.commissioningvfm.vfm.appraisal.Appraisal} holds at least two
 * {@link io.github.commissioningvfm.vfm.appraisal.AppraisalOption options} (the intervention and the
 * counterfactual, usually "status quo"), a horizon in years and one price base. Each option has
 * yearly {@link io.github.commissioningvfm.vfm.appraisal.CostStream cost streams} and
 * {@link io.github.commissioningvfm.vfm.appraisal.BenefitStream benefit streams}. Each stream says
 * who bears the cost or receives the benefit (a {@link io.github.commissioningvfm.vfm.appraisal.Perspective}),
 * so that results can be shown per budget and cost-shifting between budgets is visible; a benefit is
 * cashable (budget actually released) or not.
 *
 * <p>Benefits are valued in one of three ways
 * ({@link io.github.commissioningvfm.vfm.appraisal.BenefitValuation}): avoided service use times a
 * unit cost (with the unit cost's provenance), an outcome change times a monetary value per unit,
 * or an amount given directly. Impact adjustments (deadweight, attribution, displacement and
 * drop-off) are carried by each benefit stream:
 * {@code net(t) = gross(t) x (1 - deadweight) x (1 - attribution) x (1 - displacement) x (1 - dropOff)^t},
 * with {@code t = 0} for the first year.
 *
 * <p>Year 0 is the first year of the appraisal and is not discounted (HM Treasury Green Book
 * convention). All amounts must be in the appraisal's price base: the model's
 * {@link io.github.commissioningvfm.model.money.Cost} refuses to add amounts in different price
 * bases, and the appraisal checks every stream when it is built, naming the option, stream and year
 * of any amount that is in the wrong price base, negative, or outside the horizon.
 */
package io.github.commissioningvfm.vfm.appraisal;
