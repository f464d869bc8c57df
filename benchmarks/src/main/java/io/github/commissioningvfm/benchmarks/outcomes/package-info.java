/**
 * JMH benchmarks of the patient-level outcome analytics: the clean, change, value-for-money and
 * regression pipeline over a million participant rows, the seeded bootstrap of the
 * cost-weighted VfM, and the streaming CSV loaders of participant and contact files.
 */
package io.github.commissioningvfm.benchmarks.outcomes;
