/**
 * What the library's loaders report about bad input: {@link
 * io.github.commissioningvfm.model.io.InputFormatException}, naming the file, line, column and
 * offending value (cut to 100 characters) of the first cell that cannot be read. The library's
 * loaders (unit-cost tables and manifests, NCC exports, NHS Payment Scheme resources) throw it or
 * a subclass of it, such as {@code unitcosts.TableFormatException}.
 */
package io.github.commissioningvfm.model.io;
