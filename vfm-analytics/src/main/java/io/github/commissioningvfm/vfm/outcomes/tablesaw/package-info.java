/**
 * Interoperability with Tablesaw: load participant records from a {@code tech.tablesaw.api.Table}
 * under a declared schema. Tablesaw is an optional dependency; only this package uses its types.
 */
package io.github.commissioningvfm.vfm.outcomes.tablesaw;
