/**
 * Seeded generators of synthetic data shaped like the two published case studies (children and
 * young people guided self-help; Safe Haven crisis contacts).
 *
 * <p>The original data are not public. These generators produce data with the same columns, the
 * same size and similar distributions, including the spreadsheet debris of a real export, so the
 * method can be shown end to end. They are <em>synthetic</em>: every figure computed from them is
 * the example's own, not the published study's. The same seed always gives the same rows, on any
 * machine, locale or time zone.
 */
package io.github.commissioningvfm.examples.synthetic;
