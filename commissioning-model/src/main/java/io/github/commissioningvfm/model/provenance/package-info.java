/**
 * Where a figure came from: the published source, edition and row it was read from, and every
 * adjustment applied since (rebasing with a named index, uplifts), so that any result can list
 * the exact sources it used.
 */
package io.github.commissioningvfm.model.provenance;
