/**
 * Readable text output of results: every table of a result with aligned columns, followed by the
 * sources and assumptions the result lists.
 */
package io.github.commissioningvfm.vfm.report;
