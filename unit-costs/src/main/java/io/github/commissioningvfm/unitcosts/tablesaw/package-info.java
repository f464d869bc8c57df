/**
 * Tablesaw interop: unit-cost tables and price indices as Tablesaw tables. Needs the optional
 * {@code tablesaw-core} dependency on the class path.
 */
package io.github.commissioningvfm.unitcosts.tablesaw;
