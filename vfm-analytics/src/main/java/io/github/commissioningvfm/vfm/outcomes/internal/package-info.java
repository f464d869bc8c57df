/**
 * Internal helpers for the outcome analytics (confidence intervals of summary figures); not part of
 * the public API.
 */
package io.github.commissioningvfm.vfm.outcomes.internal;
