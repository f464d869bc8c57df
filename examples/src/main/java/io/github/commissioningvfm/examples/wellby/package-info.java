/**
 * An integrator's value-for-money strategy plugged into the engine from outside the library:
 * wellbeing-adjusted life years (WELLBYs) valued at HM Treasury's published WELLBY value, rebased
 * with the library's GDP deflator, and run through the engine, the tornado, the PSA, the text report,
 * JSON and Tablesaw exactly as a built-in strategy is. It uses only the public SPI
 * ({@code io.github.commissioningvfm.vfm.spi}) and is listed in
 * {@code META-INF/services/io.github.commissioningvfm.vfm.spi.VfmStrategy}.
 */
package io.github.commissioningvfm.examples.wellby;
