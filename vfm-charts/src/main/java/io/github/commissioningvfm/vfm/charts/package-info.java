/**
 * Charts of value-for-money results, each drawn headless to PNG and SVG in one call
 * ({@link io.github.commissioningvfm.vfm.charts.VfmChart#writeTo}): a horizontal tornado sorted by
 * swing, acceptability curves, the cost-effectiveness plane, ROI by year with a break-even line at
 * 1.0 and n per year, VfM by dose on an axis that includes zero with interval bars, payment by
 * activity and provider cash flow; and three general forms: amounts as grouped bars through zero, lines
 * over a continuous axis (a cohort trace, a commissioning timeline) and box plots (improvement by
 * sessions attended).
 *
 * <p>Each chart is a small record of its own data, title and axis labels (with units; charts of money
 * name the price base in the title), so it can be built from any source;
 * {@link io.github.commissioningvfm.vfm.charts.ChartAdapters} builds them from the library's result
 * types. Axis choices (sorting, ranges, labels with n) are methods of the records, so they can be
 * checked without looking at pixels. Drawing uses XChart; SVG files carry the title and axis labels
 * as {@code <title>} and {@code <desc>}.
 */
package io.github.commissioningvfm.vfm.charts;
