/**
 * Loading participant-level and contact-level records with a declared schema.
 *
 * <p>Every cell is classified before it is used: a number, a date, or one of the
 * {@link io.github.commissioningvfm.vfm.outcomes.load.CellIssue spreadsheet-debris kinds}
 * (blank, "n/a", {@code #VALUE!} and other error codes, thousands separators, text). Debris is
 * recorded against its file, row and column and never parsed into a number; stray whitespace is
 * trimmed and counted; dates are read as ISO {@code yyyy-mm-dd}, {@code dd/mm/yyyy} or Excel serial
 * numbers (Excel's 1900 date system with its leap-year quirk). Text, CSV records, headers and
 * numbers go through the library's shared I/O layer: strict UTF-8 (a bad byte is reported at its
 * true line), the lenient CSV dialect (a BOM and CRLF accepted; a quote inside an unquoted field is
 * a literal character), and a header that refuses blank and repeated names. File-level faults (bad
 * encoding, an unclosed quote, no rows, a missing, blank or repeated column) throw
 * {@link io.github.commissioningvfm.model.io.InputFormatException} (or its subclass
 * {@link io.github.commissioningvfm.vfm.outcomes.load.OutcomeDataException}) naming file, line,
 * column and value; row- and cell-level
 * faults travel with the data to the cleaning step, which excludes the rows and says why.
 */
package io.github.commissioningvfm.vfm.outcomes.load;
