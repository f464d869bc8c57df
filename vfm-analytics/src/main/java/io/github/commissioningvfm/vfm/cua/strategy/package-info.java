/**
 * The cost-utility strategy of the value-for-money engine: cost-utility analysis of an appraisal's
 * options on their QALY effect streams (for example a cohort model's run through
 * {@link io.github.commissioningvfm.vfm.cua.CohortAppraisal}), with headline metrics for one-way
 * sensitivity, tornado and PSA.
 */
package io.github.commissioningvfm.vfm.cua.strategy;
