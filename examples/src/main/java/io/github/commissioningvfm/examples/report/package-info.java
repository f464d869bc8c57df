/**
 * Writes a worked example's report folder: the input data as CSV, the figures as
 * {@code result.json}, a short human report as {@code report.md}, and charts as PNG and SVG.
 *
 * <p>Charts come from the library's {@code vfm-charts} artifact ({@code io.github.commissioningvfm.vfm.charts}):
 * an example builds a chart from its result objects and writes it with
 * {@link io.github.commissioningvfm.examples.report.ReportFolder#writeChart}.
 */
package io.github.commissioningvfm.examples.report;
