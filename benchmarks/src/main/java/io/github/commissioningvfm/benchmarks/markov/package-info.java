/** Benchmarks of cohort state-transition models: a deterministic run and a PSA with Dirichlet rows. */
package io.github.commissioningvfm.benchmarks.markov;
