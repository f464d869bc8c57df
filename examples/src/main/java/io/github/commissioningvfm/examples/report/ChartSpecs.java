package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Validation and headless XChart rendering of {@link ChartSpec}s. */
final class ChartSpecs {

  private static final Pattern FILE_STEM = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private ChartSpecs() {
  }

  static void checkLabels(String fileName, String title, String xAxisLabel, String yAxisLabel) {
    Args.notBlank(fileName, "fileName");
    Args.check(FILE_STEM.matcher(fileName).matches(), "fileName",
        "be lower-case letters, digits and hyphens", fileName);
    Args.notBlank(title, "title");
    Args.notBlank(xAxisLabel, "xAxisLabel");
    Args.notBlank(yAxisLabel, "yAxisLabel");
  }

  /**
   * Renders a chart as {@code <fileName>.png} and {@code <fileName>.svg} in a folder.
   *
   * @return the two files written
   */
  static List<Path> write(ChartSpec spec, Path folder) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Chart<?, ?> chart = build(spec);
    Path png = folder.resolve(spec.fileName() + ".png");
    Path svg = folder.resolve(spec.fileName() + ".svg");
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    ByteArrayOutputStream vector = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(chart, vector, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    Files.writeString(svg, withTitle(vector.toString(StandardCharsets.UTF_8), spec), StandardCharsets.UTF_8);
    return List.of(png, svg);
  }

  /**
   * Adds {@code <title>} and {@code <desc>} elements to the SVG document (the renderer draws text
   * as outlines), so screen readers, browsers and tests can read the chart's title and axes.
   */
  static String withTitle(String svg, ChartSpec spec) {
    int open = svg.indexOf("<svg");
    int end = open < 0 ? -1 : svg.indexOf('>', open);
    if (end < 0) {
      throw new IllegalStateException("The chart renderer produced no <svg> element for " + spec.fileName());
    }
    String meta = "<title>" + xml(spec.title()) + "</title><desc>x axis: " + xml(spec.xAxisLabel()) + "; y axis: "
        + xml(spec.yAxisLabel()) + "</desc>";
    return svg.substring(0, end + 1) + meta + svg.substring(end + 1);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Chart<?, ?> build(ChartSpec spec) {
    if (spec instanceof ChartSpec.Lines lines) {
      return lines(lines);
    }
    if (spec instanceof ChartSpec.Bars bars) {
      return bars(bars);
    }
    return boxes((ChartSpec.Boxes) spec);
  }

  private static XYChart lines(ChartSpec.Lines spec) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
        .xAxisTitle(spec.xAxisLabel()).yAxisTitle(spec.yAxisLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setXAxisDecimalPattern("0.##");
    for (ChartSpec.XySeries s : spec.series()) {
      chart.addSeries(s.name(), toArray(s.x()), toArray(s.y())).setMarker(SeriesMarkers.CIRCLE)
          .setLineStyle(new BasicStroke(2f));
    }
    return chart;
  }

  private static CategoryChart bars(ChartSpec.Bars spec) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
        .xAxisTitle(spec.xAxisLabel()).yAxisTitle(spec.yAxisLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setXAxisLabelRotation(spec.categories().size() > 6 ? 30 : 0);
    for (ChartSpec.BarSeries s : spec.series()) {
      chart.addSeries(s.name(), spec.categories(), s.values());
    }
    return chart;
  }

  private static BoxChart boxes(ChartSpec.Boxes spec) {
    BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
        .xAxisTitle(spec.xAxisLabel()).yAxisTitle(spec.yAxisLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    for (ChartSpec.BoxGroup g : spec.groups()) {
      chart.addSeries(g.name(), toArray(g.values()));
    }
    return chart;
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setChartTitleFont(TITLE_FONT);
    styler.setLegendFont(AXIS_FONT);
    styler.setAntiAlias(true);
    if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
      axes.setLocale(Locale.UK);
      axes.setYAxisDecimalPattern("#,##0.###");
      axes.setAxisTitleFont(AXIS_FONT);
      axes.setPlotGridLinesColor(new Color(225, 225, 225));
    }
  }

  private static double[] toArray(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
