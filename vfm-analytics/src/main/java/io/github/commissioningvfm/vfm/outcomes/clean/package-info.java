/**
 * Cleaning with an audit: exclusion rules applied in a documented order, each row excluded by
 * the first rule that applies, and an
 * {@link io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport} in which
 * included + excluded = rows read, always.
 *
 * <p>Order: {@link io.github.commissioningvfm.vfm.outcomes.clean.StandardRule#MALFORMED_ROW},
 * {@code NEVER_ATTENDED}, {@code MISSING_BASELINE}, {@code MISSING_FOLLOW_UP},
 * {@code INVALID_CELL}, {@code OUT_OF_RANGE}, {@code DUPLICATE_PARTICIPANT}, then user rules in the
 * order they were added.
 */
package io.github.commissioningvfm.vfm.outcomes.clean;
