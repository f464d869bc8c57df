/**
 * The library's one data I/O layer, used by every loader: strict UTF-8 decoding
 * ({@link io.github.commissioningvfm.model.internal.io.Utf8}), bounded reading of regular files
 * ({@link io.github.commissioningvfm.model.internal.io.InputFiles}), a CSV reader with a strict and
 * a lenient dialect that reads a record at a time from bytes, keeping only the columns asked for
 * ({@link io.github.commissioningvfm.model.internal.io.CsvStream}), with a collector of every record
 * for small tables ({@link io.github.commissioningvfm.model.internal.io.CsvReader}), a header
 * map that refuses duplicate and blank names
 * ({@link io.github.commissioningvfm.model.internal.io.HeaderMap}) and cell classifiers for
 * decimals, whole numbers and dates ({@link io.github.commissioningvfm.model.internal.io.Cells},
 * {@link io.github.commissioningvfm.model.internal.io.Cell}). Every error is an
 * {@link io.github.commissioningvfm.model.io.InputFormatException} naming file, line, column and
 * value. Internal: use from the library's modules only.
 */
package io.github.commissioningvfm.model.internal.io;
