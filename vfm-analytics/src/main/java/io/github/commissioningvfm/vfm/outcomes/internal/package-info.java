/**
 * Internal numerical helpers for the outcome analytics (distribution quantiles behind an adapter,
 * small dense linear algebra); not part of the public API.
 */
package io.github.commissioningvfm.vfm.outcomes.internal;
