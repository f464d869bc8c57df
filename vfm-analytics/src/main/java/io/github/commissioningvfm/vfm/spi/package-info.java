/**
 * The service-provider interface of the value-for-money engine, and its typed vocabulary.
 *
 * <p>A method of appraisal is a {@link io.github.commissioningvfm.vfm.spi.VfmStrategy VfmStrategy&lt;R&gt;}:
 * it has an id, declares its headline {@link io.github.commissioningvfm.vfm.spi.Metric metrics} (typed
 * keys such as {@code CbaStrategy.NPSV}), and evaluates an
 * {@link io.github.commissioningvfm.vfm.appraisal.Appraisal} into its own result type {@code R}, a
 * {@link io.github.commissioningvfm.vfm.spi.VfmResult}. Every result carries the id of the strategy
 * that made it, its {@link io.github.commissioningvfm.vfm.spi.HeadlineFigure headline figures} (each
 * metric for each option), the sources of its inputs, the assumptions used, and its figures as
 * {@link io.github.commissioningvfm.vfm.spi.ResultTable tables} of typed
 * {@link io.github.commissioningvfm.vfm.spi.Cell cells}, which the text, JSON, Tablesaw and chart
 * outputs format without knowing the strategy.
 *
 * <p>Every figure is a {@link io.github.commissioningvfm.vfm.spi.Figure}: an amount with its price
 * base, a ratio, a proportion, a count, a quantity in a unit, or an explicit
 * {@link io.github.commissioningvfm.vfm.spi.Figure.Undefined} with its reason (a ratio whose
 * denominator is zero or negative), never NaN or infinity.
 *
 * <p>Two optional capabilities: a strategy that also implements
 * {@link io.github.commissioningvfm.vfm.spi.FastHeadlines} computes its metrics in double precision
 * from {@link io.github.commissioningvfm.vfm.spi.AppraisalArrays} (an appraisal's yearly flows in a
 * reused primitive buffer) for Monte Carlo; one that declares a {@link io.github.commissioningvfm.vfm.spi.NetBenefitBasis} gets
 * an acceptability curve and the expected value of perfect information from a PSA.
 *
 * <p>To add a house method, implement {@code VfmStrategy} and either register it with
 * {@code VfmEngine.builder().register(...)} or list it in
 * {@code META-INF/services/io.github.commissioningvfm.vfm.spi.VfmStrategy} and build the engine
 * with {@code discoverStrategies()}.
 */
package io.github.commissioningvfm.vfm.spi;
