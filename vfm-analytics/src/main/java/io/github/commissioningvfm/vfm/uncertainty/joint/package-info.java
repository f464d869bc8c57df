/**
 * Joint distributions of several uncertain inputs drawn together in a probabilistic sensitivity
 * analysis: the Dirichlet for the rows of a transition matrix, and the multivariate normal for
 * correlated coefficients (for example a regression's estimates with their covariance matrix).
 * Draws depend only on the generator passed in, so a run seeded through the library's per-iteration
 * streams is identical for any thread count.
 */
package io.github.commissioningvfm.vfm.uncertainty.joint;
