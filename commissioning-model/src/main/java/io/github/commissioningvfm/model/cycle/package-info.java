/**
 * The commissioning cycle and what actually happened.
 *
 * <p>The vocabulary: the NHS England commissioning cycle of three stages (strategic planning,
 * procuring services, monitoring and evaluation) with three activities each
 * ({@link io.github.commissioningvfm.model.cycle.CycleStage},
 * {@link io.github.commissioningvfm.model.cycle.CycleActivity}), and the other published cycle
 * models ({@link io.github.commissioningvfm.model.cycle.CycleModel#CABINET_OFFICE},
 * {@link io.github.commissioningvfm.model.cycle.CycleModel#UNDERSTAND_PLAN_DO_REVIEW}) as
 * alternatives.
 *
 * <p>The record: research on VCSE mental-health commissioning finds the cycle is not linear.
 * Several cycles run at once at different levels, needs assessment and evaluation are thin,
 * contracts are extended or rolled over for years, sometimes confirmed in the last week of March.
 * A {@link io.github.commissioningvfm.model.cycle.CommissioningHistory} therefore accepts any
 * dated {@link io.github.commissioningvfm.model.cycle.CommissioningEvent}s, in any order, for any
 * number of concurrent cycles, with stages skipped or repeated. It answers which stages happened,
 * when and for how long, which activities are missing, and reports where the log contradicts
 * itself or shows a known weakness as a list of
 * {@link io.github.commissioningvfm.model.cycle.Finding}s rather than by throwing.
 */
package io.github.commissioningvfm.model.cycle;
