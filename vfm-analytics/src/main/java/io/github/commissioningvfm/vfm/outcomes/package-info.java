/**
 * Patient-level outcome analytics for a commissioned service: what a programme achieved for
 * the people it saw, and at what cost.
 *
 * <p>The pipeline runs in documented steps, each in its own package:
 * {@code load} (CSV or Tablesaw with a declared schema; spreadsheet debris classified, never
 * parsed into a number) &rarr; {@code clean} (exclusion rules in a fixed order with an audit in
 * which included + excluded = rows read) &rarr; {@code change} (change scores oriented by the
 * measure's direction, reliable and clinically meaningful change) &rarr; {@code value} (cost
 * allocation and value for money, unweighted and cost-weighted side by side) &rarr;
 * {@code regression} (ordinary least squares with mergeable accumulators) and
 * {@code bootstrap} (seeded, thread-count-independent confidence intervals);
 * {@code counterfactual} turns contact records and their stated alternatives into avoided cost
 * and return on investment.
 *
 * <p>Figures that cannot be computed (no improvement, no threshold, no cost) are reported as
 * {@link io.github.commissioningvfm.vfm.outcomes.Estimate undefined figures} that say why, never as
 * NaN or infinity.
 */
package io.github.commissioningvfm.vfm.outcomes;
