/**
 * Worked example: a cost-utility analysis of adult mental-health crisis pathways with a cohort
 * state-transition model, through deterministic analysis, tornado, PSA, acceptability curve and
 * value of information.
 */
package io.github.commissioningvfm.examples.cua;
