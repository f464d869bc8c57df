/**
 * What the library's loaders report about bad input: {@link
 * io.github.commissioningvfm.model.io.InputFormatException}, naming the file, line, column and
 * offending value (cut to 100 characters) of the first cell that cannot be read. Every loader in
 * the library (unit-cost tables and manifests, NCC exports, NHS Payment Scheme resources,
 * participant and contact files) throws it or a subclass of it.
 */
package io.github.commissioningvfm.model.io;
