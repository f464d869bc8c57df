/**
 * Benchmarks of the commissioning model: payment statements, option comparisons and findings of
 * a long commissioning history.
 */
package io.github.commissioningvfm.benchmarks.model;
