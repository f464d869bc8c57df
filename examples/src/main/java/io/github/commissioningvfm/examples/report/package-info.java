/**
 * Writes a worked example's report folder: the input data as CSV, the figures as
 * {@code result.json}, a short human report as {@code report.md}, and charts as PNG and SVG.
 *
 * <p>Charts are described by small records ({@link io.github.commissioningvfm.examples.report.ChartSpec})
 * so that an example states its titles, axis labels and units in one place and a test can check
 * them; rendering (XChart, headless) stays inside this package.
 */
package io.github.commissioningvfm.examples.report;
