/**
 * JMH benchmarks of the value-for-money engine: probabilistic sensitivity analysis of a ten-year,
 * three-option appraisal with twenty uncertain inputs.
 */
package io.github.commissioningvfm.benchmarks.engine;
