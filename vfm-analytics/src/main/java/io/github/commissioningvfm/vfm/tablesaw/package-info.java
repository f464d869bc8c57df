/**
 * Export of result tables to Tablesaw (an optional dependency: add {@code tablesaw-core} to use this
 * package). Columns whose every cell is a plain decimal become {@code DoubleColumn}s, others
 * {@code StringColumn}s.
 */
package io.github.commissioningvfm.vfm.tablesaw;
