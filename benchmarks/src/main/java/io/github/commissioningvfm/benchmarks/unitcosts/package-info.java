/** JMH benchmarks of loading, verifying and looking up unit-cost tables. */
package io.github.commissioningvfm.benchmarks.unitcosts;
