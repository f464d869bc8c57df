package io.github.commissioningvfm.vfm.markov;

/**
 * Totals of one strategy over the horizon, per the cohort as started (divide by the cohort size for
 * per-person figures). Discounted totals use the model's cost and outcome schedules; undiscounted
 * ones set every factor to 1. All use the counting convention (formulas in the package
 * documentation).
 *
 * @param cost discounted costs
 * @param qalys discounted quality-adjusted life-years
 * @param lifeYears discounted life-years
 * @param undiscountedCost undiscounted costs
 * @param undiscountedQalys undiscounted QALYs
 * @param undiscountedLifeYears undiscounted life-years
 * @since 0.1.0
 */
public record Totals(double cost, double qalys, double lifeYears, double undiscountedCost, double undiscountedQalys,
    double undiscountedLifeYears) {
}
