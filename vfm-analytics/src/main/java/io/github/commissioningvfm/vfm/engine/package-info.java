/**
 * The value-for-money engine: a registry of {@link io.github.commissioningvfm.vfm.spi.VfmStrategy
 * strategies} by id, and batch evaluation of many appraisals by many strategies.
 *
 * <p>{@link io.github.commissioningvfm.vfm.engine.VfmEngine#standard()} holds the built-in strategies
 * ({@code cba}, {@code roi}, {@code cea}, {@code sroi}). {@link io.github.commissioningvfm.vfm.engine.VfmEngine#builder()}
 * registers strategies programmatically and, on request only, discovers more with
 * {@link java.util.ServiceLoader}. Two strategies with one id are refused, naming both classes.
 * A batch returns one {@link io.github.commissioningvfm.vfm.engine.BatchCell cell} per appraisal and
 * strategy, holding either the result or the failure, so one bad appraisal never aborts the batch.
 */
package io.github.commissioningvfm.vfm.engine;
