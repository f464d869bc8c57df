/**
 * Outcome change per participant, oriented by the measure's direction so that improvement is
 * positive on every scale: {@code improvement = baseline - followUp} when lower is better,
 * {@code followUp - baseline} when higher is better. A participant improved reliably when
 * {@code improvement >= RC}, deteriorated reliably when {@code improvement <= -RC}, otherwise
 * is unchanged, where RC is the measure's reliable change threshold; with no threshold the
 * classification falls back to the sign of the change and says so. A clinically meaningful
 * improvement is {@code improvement >= MCID}.
 */
package io.github.commissioningvfm.vfm.outcomes.change;
