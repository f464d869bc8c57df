/**
 * Loading participant-level and contact-level records with a declared schema.
 *
 * <p>Every cell is classified before it is used: a number, a date, or one of the
 * {@link io.github.commissioningvfm.vfm.outcomes.load.CellIssue spreadsheet-debris kinds}
 * (blank, "n/a", {@code #VALUE!} and other error codes, thousands separators, text). Debris is
 * recorded against its file, row and column and never parsed into a number; stray whitespace is
 * trimmed and counted; dates are read as ISO {@code yyyy-mm-dd}, {@code dd/mm/yyyy} or Excel serial
 * numbers (days since 1899-12-30). File-level faults (no rows, a missing required column) throw
 * {@link io.github.commissioningvfm.vfm.outcomes.load.OutcomeDataException}; row- and cell-level
 * faults travel with the data to the cleaning step, which excludes the rows and says why.
 */
package io.github.commissioningvfm.vfm.outcomes.load;
