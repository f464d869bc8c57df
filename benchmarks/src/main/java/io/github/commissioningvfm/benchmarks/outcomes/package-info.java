/**
 * JMH benchmarks of the patient-level outcome analytics: the clean, change, value-for-money and
 * regression pipeline over a million participant rows, and the seeded bootstrap of the
 * cost-weighted VfM.
 */
package io.github.commissioningvfm.benchmarks.outcomes;
