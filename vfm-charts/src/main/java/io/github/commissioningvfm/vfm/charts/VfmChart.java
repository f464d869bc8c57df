package io.github.commissioningvfm.vfm.charts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A chart of value-for-money results: its data, title and axis labels (with units), drawn to PNG
 * and SVG in one call by {@link #writeTo(Path, String)}. Rendering is headless.
 *
 * @since 0.1.0
 */
public sealed interface VfmChart permits TornadoChart, AcceptabilityChart, CostEffectivenessPlaneChart, RoiByYearChart,
    DoseChart, PaymentByActivityChart, CashFlowChart, AmountBarChart, LineChart, BoxPlot {

  /**
   * The chart title; charts of money name the price base, e.g. "... (GBP, 2024/25 prices)".
   *
   * @return the title
   */
  String title();

  /**
   * The label of the horizontal axis, with its unit.
   *
   * @return the label
   */
  String xAxisLabel();

  /**
   * The label of the vertical axis, with its unit.
   *
   * @return the label
   */
  String yAxisLabel();

  /**
   * Draws the chart to {@code <fileStem>.png} and {@code <fileStem>.svg} in a folder (created if
   * absent), headless.
   *
   * @param folder the folder
   * @param fileStem the file name without extension: lower-case letters, digits and hyphens
   * @return the two files written
   * @throws IOException if a file cannot be written
   */
  default ChartFiles writeTo(Path folder, String fileStem) throws IOException {
    return ChartRenderer.write(this, folder, fileStem);
  }
}
