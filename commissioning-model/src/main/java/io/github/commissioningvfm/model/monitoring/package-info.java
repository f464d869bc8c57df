/**
 * Monitoring a commissioned service: KPIs with targets and measured values per period, review
 * points, and the findings a commissioner acts on (no review in 12 months, a target missed for N
 * periods in a row, a KPI with no data); a service dashboard computed from plain per-participant
 * and per-contact records (attendance, completion, referral routes, reach by deprivation decile and
 * subgroup); and the national NHS Talking Therapies outcome KPIs computed from paired PHQ-9 and
 * GAD-7 scores, each rate with its denominator and a 95% Wilson interval
 * ({@link io.github.commissioningvfm.model.monitoring.RateEstimate}).
 */
package io.github.commissioningvfm.model.monitoring;
