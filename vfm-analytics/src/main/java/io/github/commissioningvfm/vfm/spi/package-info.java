/**
 * The service-provider interface of the value-for-money engine.
 *
 * <p>A method of appraisal is a {@link io.github.commissioningvfm.vfm.spi.VfmStrategy}: it has an id
 * and evaluates an {@link io.github.commissioningvfm.vfm.appraisal.Appraisal} into a
 * {@link io.github.commissioningvfm.vfm.spi.VfmResult}. Every result carries the id of the strategy
 * that made it, the sources of its inputs (unit-cost editions and keys, price index, discount
 * schedule), the assumptions used, and its figures as neutral
 * {@link io.github.commissioningvfm.vfm.spi.ResultTable tables} that the report, JSON and Tablesaw
 * layers render without knowing the strategy. A ratio that cannot be computed (zero or negative
 * denominator) is an explicit {@link io.github.commissioningvfm.vfm.spi.Ratio.Undefined} with its
 * reason, never NaN or infinity.
 *
 * <p>To add a house method, implement {@code VfmStrategy} and either register it with
 * {@code VfmEngine.builder().register(...)} or list it in
 * {@code META-INF/services/io.github.commissioningvfm.vfm.spi.VfmStrategy} and build the engine
 * with {@code discoverStrategies()}.
 */
package io.github.commissioningvfm.vfm.spi;
