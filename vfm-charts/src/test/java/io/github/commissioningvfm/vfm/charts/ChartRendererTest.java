package io.github.commissioningvfm.vfm.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The XChart model each chart is drawn from: axis ranges, tick spacing and tick labels, series
 * data, colours, line widths, legend entries and reference lines, all computed by hand for small
 * inputs. The model is read before it is encoded, since the SVG draws its text as shapes.
 */
class ChartRendererTest {

  private static final Color BLUE = new Color(31, 119, 180);
  private static final Color ORANGE = new Color(230, 120, 20);
  private static final Color GREEN = new Color(44, 160, 44);
  private static final Color GREY = new Color(90, 90, 90);
  private static final String LOW = "result with the input at its low value";
  private static final String HIGH = "result with the input at its high value";

  /** The chart {@code writeTo} encodes. */
  private static Chart<?, ?> drawn(VfmChart chart) {
    return ChartRenderer.build(chart);
  }

  /** Each reference line of a chart as {value, 1 if vertical else 0}. */
  private static List<List<Double>> referenceLines(Chart<?, ?> chart) throws ReflectiveOperationException {
    Field annotations = Chart.class.getDeclaredField("annotations");
    annotations.setAccessible(true);
    Field value = AnnotationLine.class.getDeclaredField("value");
    value.setAccessible(true);
    Field vertical = AnnotationLine.class.getDeclaredField("isVertical");
    vertical.setAccessible(true);
    List<List<Double>> lines = new ArrayList<>();
    for (Object a : (List<?>) annotations.get(chart)) {
      lines.add(List.of(value.getDouble(a), vertical.getBoolean(a) ? 1.0 : 0.0));
    }
    return lines;
  }

  private static void assertHouseStyle(AxesChartStyler s) {
    assertEquals(Color.WHITE, s.getPlotBackgroundColor());
    assertEquals(new Color(225, 225, 225), s.getPlotGridLinesColor());
    assertArrayEquals(new Color[] {BLUE, ORANGE, GREEN, new Color(214, 39, 40), new Color(148, 103, 189),
        new Color(140, 86, 75), new Color(227, 119, 194), GREY}, s.getSeriesColors());
  }

  private static void assertSegment(XYSeries s, double x0, double y0, double x1, double y1, Color color, float width,
      boolean inLegend) {
    assertArrayEquals(new double[] {x0, x1}, s.getXData(), 1e-12, s.getName());
    assertArrayEquals(new double[] {y0, y1}, s.getYData(), 1e-12, s.getName());
    assertEquals(color, s.getLineColor(), s.getName());
    assertEquals(width, s.getLineStyle().getLineWidth(), 1e-6f, s.getName());
    assertEquals(inLegend, s.isShowInLegend(), s.getName());
  }

  @Test
  void tornadoDrawsOneBarPerInputAroundTheBaseWithLabelledTicks() throws Exception {
    // Sorted by swing: aa (6) at y = 2, bb (4) at y = 1, c (2) at y = 0.
    TornadoChart t = TornadoChart.of("Tornado", "Result (GBP)", 10, List.of(
        new TornadoChart.TornadoBar("c", 9, 11), new TornadoChart.TornadoBar("aa", 7, 13),
        new TornadoChart.TornadoBar("bb", 12, 8)));
    XYChart chart = (XYChart) drawn(t);
    assertEquals(580, chart.getHeight());
    assertEquals(960, chart.getWidth());
    assertEquals("Result (GBP)", chart.getXAxisTitle());
    assertEquals("Input varied from its low to its high value", chart.getYAxisTitle());
    assertHouseStyle(chart.getStyler());
    assertEquals(List.of(LOW, HIGH, LOW + " 1", HIGH + " 1", LOW + " 2", HIGH + " 2"),
        List.copyOf(chart.getSeriesMap().keySet()));
    // thickness min(36, 0.62 x (580 - 200) / 3 = 78.5) = 36
    assertSegment(chart.getSeriesMap().get(LOW), 10, 2, 7, 2, BLUE, 36f, true);
    assertSegment(chart.getSeriesMap().get(HIGH), 10, 2, 13, 2, ORANGE, 36f, true);
    assertSegment(chart.getSeriesMap().get(LOW + " 1"), 10, 1, 12, 1, BLUE, 36f, false);
    assertSegment(chart.getSeriesMap().get(HIGH + " 1"), 10, 1, 8, 1, ORANGE, 36f, false);
    assertSegment(chart.getSeriesMap().get(LOW + " 2"), 10, 0, 9, 0, BLUE, 36f, false);
    assertSegment(chart.getSeriesMap().get(HIGH + " 2"), 10, 0, 11, 0, ORANGE, 36f, false);
    // x from 7 to 13, padded by 5% of 6 = 0.3; y from -0.55 to 3 - 0.45
    assertEquals(6.7, chart.getStyler().getXAxisMin(), 1e-12);
    assertEquals(13.3, chart.getStyler().getXAxisMax(), 1e-12);
    assertEquals(-0.55, chart.getStyler().getYAxisMin(), 0);
    assertEquals(2.55, chart.getStyler().getYAxisMax(), 1e-12);
    assertEquals(114, chart.getStyler().getYAxisTickMarkSpacingHint());   // 0.9 x 380 / 3
    assertFalse(chart.getStyler().isPlotGridHorizontalLinesVisible());
    assertEquals("#,##0", chart.getStyler().getXAxisDecimalPattern());
    Function<Double, String> ticks = chart.getStyler().getyAxisTickLabelsFormattingFunction();
    assertEquals("aa", ticks.apply(2.0));
    assertEquals("bb", ticks.apply(1.0));
    assertEquals("c", ticks.apply(0.0));
    // the ends carry the first longest label met in key order (c, bb, aa): bb, not the equally long aa
    assertEquals("bb", ticks.apply(2.55));
    assertEquals(" bb", ticks.apply(-0.55));
    assertEquals(" ".repeat(13), ticks.apply(0.5));    // 1 + round((0.5 + 0.55 + 2) x 4 = 12.2)
    assertEquals(" ".repeat(23), ticks.apply(3.0));    // 1 + round((3 + 0.55 + 2) x 4 = 22.2)
    // a tick counts as on a bar when less than 1e-9 from it
    assertEquals("c", ticks.apply(5e-10));
    assertEquals(" ".repeat(11), ticks.apply(1e-9));   // 1 + round((1e-9 + 0.55 + 2) x 4 = 10.2)
    assertEquals(List.of(List.of(10.0, 1.0)), referenceLines(chart));
  }

  @Test
  void tallTornadoGrowsAndThinsItsBars() throws Exception {
    List<TornadoChart.TornadoBar> bars = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bars.add(new TornadoChart.TornadoBar("input " + i, -i - 1, i + 1));
    }
    XYChart chart = (XYChart) drawn(TornadoChart.of("Tornado", "Result", 0, bars));
    assertEquals(640, chart.getHeight());   // 200 + 44 x 10
    assertEquals(27.28f, chart.getSeriesMap().get(LOW).getLineStyle().getLineWidth(), 1e-5f);   // 0.62 x 440 / 10
    assertEquals(39, chart.getStyler().getYAxisTickMarkSpacingHint());   // 0.9 x 440 / 10 = 39.6
    assertEquals(9.55, chart.getStyler().getYAxisMax(), 1e-12);   // 10 - 0.45
    // swing 20 on top: input 9 at y = 9, from 0 to -10 and 10; x from -10 to 10 padded by 1
    assertSegment(chart.getSeriesMap().get(LOW), 0, 9, -10, 9, BLUE, 27.28f, true);
    assertEquals(-11, chart.getStyler().getXAxisMin(), 1e-12);
    assertEquals(11, chart.getStyler().getXAxisMax(), 1e-12);
    assertEquals("input 9", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(9.0));
  }

  @Test
  void tornadoWhoseBarsAllSitOnTheBaseIsPaddedByOne() throws Exception {
    XYChart chart = (XYChart) drawn(TornadoChart.of("Tornado", "Result", 5, List.of(
        new TornadoChart.TornadoBar("flat", 5, 5))));
    assertEquals(4, chart.getStyler().getXAxisMin(), 0);
    assertEquals(6, chart.getStyler().getXAxisMax(), 0);
  }

  @Test
  void planeDrawsEachThresholdAcrossTheAxesAndBothAxesThroughTheOrigin() throws Exception {
    // effect from -1 to 1 padded by 0.1; cost from -50 to 100 padded by 7.5
    CostEffectivenessPlaneChart p = new CostEffectivenessPlaneChart("Plane", "Effect (QALYs)", "Cost (GBP)",
        List.of(new XyPoint(1, 100), new XyPoint(-1, -50)), List.of(50.0, 2_000.0));
    XYChart chart = (XYChart) drawn(p);
    assertHouseStyle(chart.getStyler());
    assertEquals(-1.1, chart.getStyler().getXAxisMin(), 1e-12);
    assertEquals(1.1, chart.getStyler().getXAxisMax(), 1e-12);
    assertEquals(-57.5, chart.getStyler().getYAxisMin(), 1e-12);
    assertEquals(107.5, chart.getStyler().getYAxisMax(), 1e-12);
    assertEquals("#,##0", chart.getStyler().getYAxisDecimalPattern());
    XYSeries points = chart.getSeriesMap().get("incremental effect and cost");
    assertArrayEquals(new double[] {1, -1}, points.getXData(), 0);
    assertArrayEquals(new double[] {100, -50}, points.getYData(), 0);
    assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle());
    // £50: the effect axis ends first (-57.5 / 50 = -1.15 lies outside), so x = -1.1 to 1.1, cost = 50 x
    assertSegment(chart.getSeriesMap().get("threshold £50 per unit of effect"), -1.1, -55, 1.1, 55, ORANGE, 2f, true);
    // £2,000: the cost axis ends first, x = -57.5 / 2000 to 107.5 / 2000
    assertSegment(chart.getSeriesMap().get("threshold £2,000 per unit of effect"), -0.02875, -57.5, 0.05375, 107.5,
        GREEN, 2f, true);
    assertEquals(List.of(List.of(0.0, 1.0), List.of(0.0, 0.0)), referenceLines(chart));
  }

  @Test
  void doseDrawsIntervalsEstimatesAndSessionTicks() throws Exception {
    DoseChart d = DoseChart.of("Dose", "VfM (points per GBP)", "95% interval", List.of(
        DoseChart.DosePoint.of(1, 5, 0.02, 0.01, 0.03), DoseChart.DosePoint.of(3, 12, 0.01, 0.0, 0.02),
        DoseChart.DosePoint.withoutInterval(4, 1, 0.005)));
    XYChart chart = (XYChart) drawn(d);
    assertHouseStyle(chart.getStyler());
    assertEquals(0.5, chart.getStyler().getXAxisMin(), 0);
    assertEquals(4.5, chart.getStyler().getXAxisMax(), 0);
    assertEquals(0, chart.getStyler().getYAxisMin(), 0);
    assertEquals(0.0315, chart.getStyler().getYAxisMax(), 1e-12);   // 0.03 + 5% of 0.03
    assertEquals(180, chart.getStyler().getXAxisTickMarkSpacingHint());   // 0.9 x (960 - 160) / 4 doses wide
    assertEquals(List.of("95% interval", "95% interval 3", "estimate"), List.copyOf(chart.getSeriesMap().keySet()));
    assertSegment(chart.getSeriesMap().get("95% interval"), 1, 0.01, 1, 0.03, GREY, 2f, true);
    assertSegment(chart.getSeriesMap().get("95% interval 3"), 3, 0.0, 3, 0.02, GREY, 2f, false);
    XYSeries estimate = chart.getSeriesMap().get("estimate");
    assertArrayEquals(new double[] {1, 3, 4}, estimate.getXData(), 0);
    assertArrayEquals(new double[] {0.02, 0.01, 0.005}, estimate.getYData(), 0);
    assertEquals(BLUE, estimate.getLineColor());
    Function<Double, String> ticks = chart.getStyler().getxAxisTickLabelsFormattingFunction();
    assertEquals("1 (n = 5)", ticks.apply(1.0));
    assertEquals("3 (n = 12)", ticks.apply(3.0));
    assertEquals("4 (n = 1, no interval)", ticks.apply(4.0));
    assertEquals("4 (n = 1, no interval)", ticks.apply(4.5));
    assertEquals(" 4 (n = 1, no interval)", ticks.apply(0.5));
    assertEquals(" ".repeat(15), ticks.apply(2.0));   // no dose of 2: 1 + (2 - 0.5 + 2) x 4
    assertEquals(List.of(List.of(0.0, 0.0)), referenceLines(chart));
  }

  @Test
  void roiByYearDrawsBarsAndADashedBreakEvenLine() throws Exception {
    RoiByYearChart roi = RoiByYearChart.of("ROI", List.of(new RoiByYearChart.RoiYear("2020/21", 1.08, 2_411),
        new RoiByYearChart.RoiYear("2021/22", 0.94, 2_702)));
    CategoryChart chart = (CategoryChart) drawn(roi);
    assertHouseStyle(chart.getStyler());
    assertEquals(0, chart.getStyler().getYAxisMin(), 0);
    assertEquals(1.134, chart.getStyler().getYAxisMax(), 1e-12);   // 1.08 + 5% of 1.08
    assertEquals("0.00", chart.getStyler().getYAxisDecimalPattern());
    List<String> labels = List.of("2020/21 (n = 2,411)", "2021/22 (n = 2,702)");
    CategorySeries bars = chart.getSeriesMap().get("ROI ratio");
    assertEquals(labels, List.copyOf(bars.getXData()));
    assertEquals(List.of(1.08, 0.94), List.copyOf(bars.getYData()));
    CategorySeries even = chart.getSeriesMap().get("break-even (ROI ratio 1.0)");
    assertEquals(labels, List.copyOf(even.getXData()));
    assertEquals(List.of(1.0, 1.0), List.copyOf(even.getYData()));
    assertEquals(CategorySeries.CategorySeriesRenderStyle.Line, even.getChartCategorySeriesRenderStyle());
    assertEquals(Color.RED.darker(), even.getLineColor());
    assertEquals(List.of(List.of(1.0, 0.0)), referenceLines(chart));
  }

  @Test
  void amountBarsSpanZeroAndEveryAmount() throws Exception {
    // amounts from -12,000 to 20,000 padded by 5% of 32,000 = 1,600
    CategoryChart chart = (CategoryChart) drawn(ChartsTest.all().get(7));
    assertHouseStyle(chart.getStyler());
    assertEquals(-13_600, chart.getStyler().getYAxisMin(), 1e-9);
    assertEquals(21_600, chart.getStyler().getYAxisMax(), 1e-9);
    assertEquals("£#,##0", chart.getStyler().getYAxisDecimalPattern());
    assertEquals(0, chart.getStyler().getXAxisLabelRotation());
    assertEquals(List.of(-12_000.0, -5_560.0, 1_000.0),
        List.copyOf(chart.getSeriesMap().get("cost per case").getYData()));
    CategoryChart payments = (CategoryChart) drawn(ChartsTest.all().get(5));
    assertEquals(0, payments.getStyler().getYAxisMin(), 0);
    assertEquals(315_000, payments.getStyler().getYAxisMax(), 1e-9);   // 300,000 + 15,000
    CategoryChart cash = (CategoryChart) drawn(ChartsTest.all().get(6));
    assertEquals(List.of("Q1", "Q2", "Q3", "Q4"),
        List.copyOf(cash.getSeriesMap().get("block (monthly in advance)").getXData()));
    assertEquals(63_000, cash.getStyler().getYAxisMax(), 1e-9);
  }

  private static AmountBarChart bars(int categories) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < categories; i++) {
      names.add("c" + i);
    }
    return new AmountBarChart("Bars", "x", "GBP", names,
        List.of(new AmountSeries("s", Collections.nCopies(categories, 1.0))));
  }

  private static BoxPlot boxes(int groups) {
    List<BoxPlot.Group> list = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      list.add(new BoxPlot.Group("g" + i, List.of(1.0, 2.0, 3.0)));
    }
    return new BoxPlot("Boxes", "group", "value", list);
  }

  @Test
  void categoryLabelsTiltOnlyWhenMoreThanSixCategoriesOrEightBoxes() throws Exception {
    assertEquals(0, ((CategoryChart) drawn(bars(6))).getStyler().getXAxisLabelRotation());
    assertEquals(30, ((CategoryChart) drawn(bars(7))).getStyler().getXAxisLabelRotation());
    BoxChart eight = (BoxChart) drawn(boxes(8));
    assertEquals(0, eight.getStyler().getXAxisLabelRotation());
    assertHouseStyle(eight.getStyler());
    assertFalse(eight.getStyler().isLegendVisible());
    assertEquals("g7", List.copyOf(eight.getSeriesMap().keySet()).get(7));
    assertEquals(30, ((BoxChart) drawn(boxes(9))).getStyler().getXAxisLabelRotation());
  }

  @Test
  void linesAndAcceptabilityCurvesCarryTheirPoints() throws Exception {
    XYChart trace = (XYChart) drawn(ChartsTest.all().get(8));
    assertHouseStyle(trace.getStyler());
    assertArrayEquals(new double[] {0, 0.25, 0.5}, trace.getSeriesMap().get("recovered").getXData(), 0);
    assertArrayEquals(new double[] {0, 0.4, 0.6}, trace.getSeriesMap().get("recovered").getYData(), 0);
    XYChart ceac = (XYChart) drawn(ChartsTest.all().get(1));
    assertEquals(0, ceac.getStyler().getYAxisMin(), 0);
    assertEquals(1, ceac.getStyler().getYAxisMax(), 0);
    assertArrayEquals(new double[] {0.8, 0.55, 0.3, 0.18, 0.1}, ceac.getSeriesMap().get("status quo").getYData(),
        1e-12);
  }

  @Test
  void svgGetsAnEscapedTitleAndDescriptionAfterItsOpeningTag() {
    LineChart c = new LineChart("Costs & <benefits>", "x > 0", "share", List.of(new LineChart.Line("l",
        List.of(new XyPoint(0, 0)))));
    assertEquals("<?xml version=\"1.0\"?><svg width=\"2\"><title>Costs &amp; &lt;benefits&gt;</title>"
        + "<desc>x axis: x &gt; 0; y axis: share</desc><g/></svg>",
        ChartRenderer.described("<?xml version=\"1.0\"?><svg width=\"2\"><g/></svg>", c));
    assertEquals("<svg><title>Costs &amp; &lt;benefits&gt;</title><desc>x axis: x &gt; 0; y axis: share</desc></svg>",
        ChartRenderer.described("<svg></svg>", c));
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> ChartRenderer.described("<g/>", c));
    assertEquals("The SVG encoder wrote no <svg> element for 'Costs & <benefits>'", none.getMessage());
    IllegalStateException open = assertThrows(IllegalStateException.class, () -> ChartRenderer.described("<svg", c));
    assertEquals("The SVG encoder wrote no <svg> element for 'Costs & <benefits>'", open.getMessage());
  }
}
