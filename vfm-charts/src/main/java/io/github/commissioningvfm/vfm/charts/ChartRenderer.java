package io.github.commissioningvfm.vfm.charts;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws {@link VfmChart}s with XChart, headless, to PNG and SVG. */
final class ChartRenderer {

  private static final Pattern FILE_STEM = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final int WIDTH = 960;
  private static final int HEIGHT = 580;
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Color BLUE = new Color(31, 119, 180);
  private static final Color ORANGE = new Color(230, 120, 20);
  private static final Color GREY = new Color(90, 90, 90);
  private static final Color[] PALETTE = {BLUE, ORANGE, new Color(44, 160, 44), new Color(214, 39, 40),
      new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), GREY};

  private ChartRenderer() {
  }

  static ChartFiles write(VfmChart chart, Path folder, String fileStem) throws IOException {
    Args.notNull(chart, "chart");
    Args.notNull(folder, "folder");
    Args.notBlank(fileStem, "fileStem");
    Args.check(FILE_STEM.matcher(fileStem).matches(), "fileStem", "be lower-case letters, digits and hyphens",
        fileStem);
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(folder);
    Chart<?, ?> drawn = build(chart);
    Path png = folder.resolve(fileStem + ".png");
    Path svg = folder.resolve(fileStem + ".svg");
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(drawn, out, BitmapEncoder.BitmapFormat.PNG);
    }
    ByteArrayOutputStream vector = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(drawn, vector, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    Files.writeString(svg, described(vector.toString(StandardCharsets.UTF_8), chart), StandardCharsets.UTF_8);
    return new ChartFiles(png, svg);
  }

  /** Inserts {@code <title>} and {@code <desc>} after the opening {@code <svg>} tag (text is drawn as shapes). */
  static String described(String svg, VfmChart chart) {
    int open = svg.indexOf("<svg");
    int close = open < 0 ? -1 : svg.indexOf('>', open);
    if (close < 0) {
      throw new IllegalStateException("The SVG encoder wrote no <svg> element for '" + chart.title() + "'");
    }
    return svg.substring(0, close + 1) + "<title>" + escaped(chart.title()) + "</title><desc>x axis: "
        + escaped(chart.xAxisLabel()) + "; y axis: " + escaped(chart.yAxisLabel()) + "</desc>"
        + svg.substring(close + 1);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The XChart chart that {@code writeTo} encodes; package-private so that tests can read its axes and series. */
  static Chart<?, ?> build(VfmChart chart) {
    if (chart instanceof TornadoChart c) {
      return tornado(c);
    } else if (chart instanceof AcceptabilityChart c) {
      return acceptability(c);
    } else if (chart instanceof CostEffectivenessPlaneChart c) {
      return plane(c);
    } else if (chart instanceof RoiByYearChart c) {
      return roiByYear(c);
    } else if (chart instanceof DoseChart c) {
      return dose(c);
    } else if (chart instanceof PaymentByActivityChart c) {
      return groupedBars(c, c.scenarios(), c.options());
    } else if (chart instanceof AmountBarChart c) {
      return groupedBars(c, c.categories(), c.series());
    } else if (chart instanceof LineChart c) {
      return lines(c);
    } else if (chart instanceof BoxPlot c) {
      return boxes(c);
    }
    CashFlowChart c = (CashFlowChart) chart;
    return groupedBars(c, c.quarters(), c.options());
  }

  private static XYChart xy(VfmChart c, int height) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(height).title(c.title()).xAxisTitle(c.xAxisLabel())
        .yAxisTitle(c.yAxisLabel()).build();
    style(chart.getStyler());
    return chart;
  }

  private static CategoryChart category(VfmChart c) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(c.title())
        .xAxisTitle(c.xAxisLabel()).yAxisTitle(c.yAxisLabel()).build();
    style(chart.getStyler());
    return chart;
  }

  private static void style(AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(TITLE_FONT);
    s.setLegendFont(TEXT_FONT);
    s.setAxisTitleFont(TEXT_FONT);
    s.setAxisTickLabelsFont(TEXT_FONT);
    s.setAntiAlias(true);
    s.setLocale(Locale.UK);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setSeriesColors(PALETTE);
    s.setAnnotationLineColor(GREY);
    s.setAnnotationLineStroke(new BasicStroke(1f));
    s.setYAxisDecimalPattern("#,##0.###");
    s.setXAxisDecimalPattern("#,##0.###");
  }

  private static void segment(XYChart chart, String name, double x0, double y0, double x1, double y1,
      Color color, float width, boolean inLegend) {
    XYSeries s = chart.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    s.setShowInLegend(inLegend);
  }

  private static XYChart tornado(TornadoChart c) {
    List<TornadoChart.TornadoBar> bars = c.bars();
    int n = bars.size();
    int height = Math.max(HEIGHT, 200 + 44 * n);
    XYChart chart = xy(c, height);
    float thickness = (float) Math.min(36, 0.62 * (height - 200) / n);
    double lo = c.baseValue();
    double hi = c.baseValue();
    for (int i = 0; i < n; i++) {
      TornadoChart.TornadoBar b = bars.get(i);
      double y = n - 1 - i;
      segment(chart, "result with the input at its low value" + (i == 0 ? "" : " " + i), c.baseValue(), y, b.atLow(),
          y, BLUE, thickness, i == 0);
      segment(chart, "result with the input at its high value" + (i == 0 ? "" : " " + i), c.baseValue(), y,
          b.atHigh(), y, ORANGE, thickness, i == 0);
      lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
      hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
    }
    double pad = hi > lo ? 0.05 * (hi - lo) : 1;
    chart.getStyler().setXAxisMin(lo - pad);
    chart.getStyler().setXAxisMax(hi + pad);
    double yMin = -0.55;
    double yMax = n - 0.45;
    Map<Long, String> labels = new HashMap<>();
    for (int i = 0; i < n; i++) {
      labels.put((long) (n - 1 - i), bars.get(i).input());
    }
    chart.getStyler().setYAxisMin(yMin);
    chart.getStyler().setYAxisMax(yMax);
    chart.getStyler().setYAxisTickMarkSpacingHint((int) Math.max(10, 0.9 * (height - 200) / n));
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.setCustomYAxisTickLabelsFormatter(integerTicks(labels, yMin, yMax));
    AnnotationLine base = new AnnotationLine(c.baseValue(), true, false);
    chart.addAnnotation(base);
    return chart;
  }

  /**
   * Tick labels for bars or points at whole-number positions. XChart sizes the tick-label margin
   * from the labels of the axis ends, and keeps re-spacing the ticks while any two labels are equal;
   * so the ends carry the longest label (the lower end with a leading space, to differ), a labelled
   * position its label, and every other tick a run of spaces whose length is unique to its value.
   * The tick spacing hints make every tick a whole number, so the runs of spaces mark only
   * positions without a label.
   */
  private static Function<Double, String> integerTicks(Map<Long, String> labels, double min, double max) {
    String longest = labels.values().stream().reduce("", (a, b) -> b.length() > a.length() ? b : a);
    return v -> {
      long k = Math.round(v);
      if (Math.abs(v - k) < 1e-9 && labels.containsKey(k)) {
        return labels.get(k);
      }
      if (v == max) {
        return longest;
      }
      if (v == min) {
        return " " + longest;
      }
      return " ".repeat(1 + (int) Math.max(0, Math.round((v - min + 2) * 4)));
    };
  }

  private static XYChart acceptability(AcceptabilityChart c) {
    XYChart chart = xy(c, HEIGHT);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setYAxisDecimalPattern("0.0");
    for (AcceptabilityChart.Curve curve : c.curves()) {
      XYSeries s = chart.addSeries(curve.option(), curve.points().stream().mapToDouble(XyPoint::x).toArray(),
          curve.points().stream().mapToDouble(XyPoint::y).toArray());
      s.setMarker(SeriesMarkers.NONE);
      s.setLineStyle(new BasicStroke(2.5f));
    }
    return chart;
  }

  private static XYChart plane(CostEffectivenessPlaneChart c) {
    XYChart chart = xy(c, HEIGHT);
    AxisRange ex = c.effectAxis();
    AxisRange cy = c.costAxis();
    chart.getStyler().setXAxisMin(ex.min());
    chart.getStyler().setXAxisMax(ex.max());
    chart.getStyler().setYAxisMin(cy.min());
    chart.getStyler().setYAxisMax(cy.max());
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    XYSeries points = chart.addSeries("incremental effect and cost",
        c.points().stream().mapToDouble(XyPoint::x).toArray(), c.points().stream().mapToDouble(XyPoint::y).toArray());
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(new Color(31, 119, 180, 110));
    int k = 1;
    for (double t : c.thresholds()) {
      double x0 = Math.max(ex.min(), cy.min() / t);
      double x1 = Math.min(ex.max(), cy.max() / t);
      segment(chart, "threshold £" + Labels.count(Math.round(t)) + " per unit of effect", x0, t * x0, x1, t * x1,
          PALETTE[k++ % PALETTE.length], 2f, true);
    }
    for (boolean vertical : new boolean[] {true, false}) {
      AnnotationLine axis = new AnnotationLine(0, vertical, false);
      chart.addAnnotation(axis);
    }
    return chart;
  }

  private static CategoryChart roiByYear(RoiByYearChart c) {
    CategoryChart chart = category(c);
    AxisRange r = c.valueAxis();
    chart.getStyler().setYAxisMin(r.min());
    chart.getStyler().setYAxisMax(r.max());
    chart.getStyler().setYAxisDecimalPattern("0.00");
    List<String> labels = c.categoryLabels();
    chart.addSeries("ROI ratio", labels, c.years().stream().map(RoiByYearChart.RoiYear::roiRatio).toList());
    CategorySeries even = chart.addSeries("break-even (ROI ratio 1.0)", labels,
        labels.stream().map(l -> RoiByYearChart.BREAK_EVEN).toList());
    even.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    even.setMarker(SeriesMarkers.NONE);
    even.setLineColor(Color.RED.darker());
    even.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
    AnnotationLine line = new AnnotationLine(RoiByYearChart.BREAK_EVEN, false, false);
    chart.getStyler().setAnnotationLineColor(Color.RED.darker());
    chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f));
    chart.addAnnotation(line);
    return chart;
  }

  private static XYChart dose(DoseChart c) {
    XYChart chart = xy(c, HEIGHT);
    List<DoseChart.DosePoint> doses = c.doses();
    AxisRange r = c.valueAxis();
    chart.getStyler().setYAxisMin(r.min());
    chart.getStyler().setYAxisMax(r.max());
    int first = doses.get(0).sessions();
    int last = doses.get(doses.size() - 1).sessions();
    chart.getStyler().setXAxisMin(first - 0.5);
    chart.getStyler().setXAxisMax(last + 0.5);
    chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(10, 0.9 * (WIDTH - 160) / (last - first + 1)));
    Map<Long, String> labels = new HashMap<>();
    for (int i = 0; i < doses.size(); i++) {
      labels.put((long) doses.get(i).sessions(), c.categoryLabels().get(i));
    }
    chart.setCustomXAxisTickLabelsFormatter(integerTicks(labels, first - 0.5, last + 0.5));
    boolean legend = true;
    for (DoseChart.DosePoint d : doses) {
      if (d.hasInterval()) {
        segment(chart, c.intervalLabel() + (legend ? "" : " " + d.sessions()), d.sessions(), d.lower(), d.sessions(),
            d.upper(), GREY, 2f, legend);
        legend = false;
      }
    }
    XYSeries est = chart.addSeries("estimate", doses.stream().mapToDouble(DoseChart.DosePoint::sessions).toArray(),
        doses.stream().mapToDouble(DoseChart.DosePoint::vfm).toArray());
    est.setMarker(SeriesMarkers.CIRCLE);
    est.setLineColor(BLUE);
    est.setMarkerColor(BLUE);
    est.setLineStyle(new BasicStroke(2f));
    AnnotationLine zero = new AnnotationLine(0, false, false);
    chart.addAnnotation(zero);
    return chart;
  }

  private static XYChart lines(LineChart c) {
    XYChart chart = xy(c, HEIGHT);
    for (LineChart.Line line : c.lines()) {
      XYSeries s = chart.addSeries(line.name(), line.points().stream().mapToDouble(XyPoint::x).toArray(),
          line.points().stream().mapToDouble(XyPoint::y).toArray());
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineStyle(new BasicStroke(2f));
    }
    return chart;
  }

  private static BoxChart boxes(BoxPlot c) {
    BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT).title(c.title()).xAxisTitle(c.xAxisLabel())
        .yAxisTitle(c.yAxisLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(c.groups().size() > 8 ? 30 : 0);
    for (BoxPlot.Group g : c.groups()) {
      chart.addSeries(g.name(), g.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
    return chart;
  }

  private static CategoryChart groupedBars(VfmChart c, List<String> categories, List<AmountSeries> options) {
    CategoryChart chart = category(c);
    AxisRange r = AxisRange.withZero(options.stream().flatMap(s -> s.amounts().stream()).toList(), v -> v, v -> v);
    chart.getStyler().setYAxisMin(r.min());
    chart.getStyler().setYAxisMax(r.max());
    chart.getStyler().setYAxisDecimalPattern("£#,##0");
    chart.getStyler().setXAxisLabelRotation(categories.size() > 6 ? 30 : 0);
    for (AmountSeries s : options) {
      chart.addSeries(s.option(), categories, s.amounts());
    }
    return chart;
  }
}
