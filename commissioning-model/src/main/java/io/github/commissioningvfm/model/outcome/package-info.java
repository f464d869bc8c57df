/**
 * Outcome measures used in VCSE and NHS mental-health services (SDQ, WEMWBS, SWEMWBS, PHQ-9,
 * GAD-7, CORE-10, ReQoL-10): score range, direction, and the published reliable-change and
 * clinically-meaningful-change thresholds, each with its citation.
 *
 * <p>A threshold that has not been checked against its primary source is absent
 * ({@link java.util.Optional#empty()}), never guessed; an analyst who relies on a figure from
 * elsewhere supplies it with its own citation through
 * {@link io.github.commissioningvfm.model.outcome.OutcomeMeasure#withMeaningfulChange} or
 * {@link io.github.commissioningvfm.model.outcome.OutcomeMeasure#withReliableChange}, and
 * integrators register their own measures in an
 * {@link io.github.commissioningvfm.model.outcome.OutcomeMeasureRegistry}.
 *
 * <p>Orientation: for a measure on which lower is better, the improvement from baseline
 * {@code b} to follow-up {@code f} is {@code b - f}; for higher is better it is {@code f - b}.
 * Improvement is therefore positive whatever the scale.
 */
package io.github.commissioningvfm.model.outcome;
