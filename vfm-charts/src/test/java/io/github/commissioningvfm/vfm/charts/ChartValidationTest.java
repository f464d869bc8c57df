package io.github.commissioningvfm.vfm.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every chart checks its title and labels, and names the fixed axis labels it draws. */
class ChartValidationTest {

  private static final List<XyPoint> ORIGIN = List.of(new XyPoint(0, 0));
  private static final List<AmountSeries> ONE = List.of(new AmountSeries("s", List.of(1.0)));

  private static void refused(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
  }

  @Test
  void blankTitlesAndLabelsAreRefused() {
    String blankTitle = "Argument 'title' must not be blank: ' '";
    refused(blankTitle, () -> RoiByYearChart.of(" ", List.of(new RoiByYearChart.RoiYear("2020/21", 1, 1))));
    refused(blankTitle, () -> TornadoChart.of(" ", "m", 0, List.of(new TornadoChart.TornadoBar("i", 0, 1))));
    refused("Argument 'xAxisLabel' must not be blank: ' '",
        () -> TornadoChart.of("t", " ", 0, List.of(new TornadoChart.TornadoBar("i", 0, 1))));
    refused("Argument 'xAxisLabel' must not be blank: ''",
        () -> AcceptabilityChart.of("t", "", List.of(new AcceptabilityChart.Curve("c", ORIGIN))));
    refused(blankTitle, () -> new CashFlowChart(" ", List.of("Q1"), ONE));
    refused(blankTitle, () -> new PaymentByActivityChart(" ", List.of("low"), ONE));
    refused("Argument 'yAxisLabel' must not be blank: ' '",
        () -> new LineChart("t", "x", " ", List.of(new LineChart.Line("l", ORIGIN))));
    refused("Argument 'yAxisLabel' must not be blank: ' '", () -> new AmountBarChart("t", "x", " ", List.of("a"), ONE));
    refused("Argument 'xAxisLabel' must not be blank: ' '",
        () -> new BoxPlot("t", " ", "y", List.of(new BoxPlot.Group("g", List.of(1.0)))));
    refused("Argument 'yAxisLabel' must not be blank: ' '",
        () -> new CostEffectivenessPlaneChart("t", "effect", " ", ORIGIN, List.of()));
    refused(blankTitle, () -> DoseChart.of(" ", "VfM", "interval",
        List.of(DoseChart.DosePoint.withoutInterval(1, 1, 0.1))));
    refused("Argument 'intervalLabel' must not be blank: ' '", () -> DoseChart.of("t", "VfM", " ",
        List.of(DoseChart.DosePoint.withoutInterval(1, 1, 0.1))));
  }

  @Test
  void badValuesAreRefusedWithTheirValue() {
    refused("Argument 'thresholds' must be positive: 0.0",
        () -> new CostEffectivenessPlaneChart("t", "effect", "cost", ORIGIN, List.of(20_000.0, 0.0)));
    refused("Argument 'amounts of 'block'' must be a finite number: Infinity",
        () -> new AmountSeries("block", List.of(1.0, Double.POSITIVE_INFINITY)));
    refused("Argument 'hasInterval' must be true when lower and upper differ: false",
        () -> new DoseChart.DosePoint(1, 5, 0.02, 0.01, 0.03, false));
    refused("Argument 'doses' must be in increasing order of sessions: 2", () -> DoseChart.of("t", "VfM", "interval",
        List.of(DoseChart.DosePoint.withoutInterval(2, 1, 0.1), DoseChart.DosePoint.withoutInterval(2, 3, 0.2))));
    refused("Argument 'bars' must name each input once: uptake", () -> TornadoChart.of("t", "m", 0, List.of(
        new TornadoChart.TornadoBar("uptake", 0, 1), new TornadoChart.TornadoBar("uptake", 0, 2))));
    refused("Argument 'probability of 'fund'' must be between 0.0 and 1.0: 1.2", () -> new AcceptabilityChart.Curve(
        "fund", List.of(new XyPoint(0, 0.5), new XyPoint(100, 1.2))));
    refused("Argument 'points' must be in increasing threshold order for 'fund': 100.0",
        () -> new AcceptabilityChart.Curve("fund", List.of(new XyPoint(100, 0.5), new XyPoint(100, 0.6))));
    refused("Argument 'max' must exceed min 1.0: 1.0", () -> new AxisRange(1, 1));
    refused("Argument 'max' must exceed min 1.0: 0.5", () -> new AxisRange(1, 0.5));
  }

  @Test
  void fixedAxisLabelsNameTheirUnits() {
    RoiByYearChart roi = RoiByYearChart.of("t", List.of(new RoiByYearChart.RoiYear("2020/21", 1, 1)));
    assertEquals("Financial year (n = contacts)", roi.xAxisLabel());
    assertEquals("ROI ratio (GBP back per GBP 1; 1.0 = break-even)", roi.yAxisLabel());
    TornadoChart tornado = ChartsTest.tornado();
    assertEquals("Net present social value (GBP, 2024/25 prices)", tornado.xAxisLabel());
    assertEquals("Input varied from its low to its high value", tornado.yAxisLabel());
    AcceptabilityChart ceac = AcceptabilityChart.of("t", "Threshold (GBP per QALY)",
        List.of(new AcceptabilityChart.Curve("c", ORIGIN)));
    assertEquals("Threshold (GBP per QALY)", ceac.xAxisLabel());
    assertEquals("Probability of the highest net benefit", ceac.yAxisLabel());
    CashFlowChart cash = new CashFlowChart("t", List.of("Q1"), ONE);
    assertEquals("Quarter of the financial year", cash.xAxisLabel());
    assertEquals("Provider receives (GBP)", cash.yAxisLabel());
    DoseChart dose = DoseChart.of("t", "VfM (points per GBP)", "interval",
        List.of(DoseChart.DosePoint.withoutInterval(1, 1, 0.1)));
    assertEquals("Sessions attended (n = participants)", dose.xAxisLabel());
    assertEquals("VfM (points per GBP)", dose.yAxisLabel());
    CostEffectivenessPlaneChart plane = new CostEffectivenessPlaneChart("t", "Effect (QALYs)", "Cost (GBP)", ORIGIN,
        List.of());
    assertEquals("Effect (QALYs)", plane.xAxisLabel());
    assertEquals("Cost (GBP)", plane.yAxisLabel());
    PaymentByActivityChart pay = new PaymentByActivityChart("t", List.of("low"), ONE);
    assertEquals("Activity scenario", pay.xAxisLabel());
    assertEquals("Commissioner pays (GBP a year)", pay.yAxisLabel());
  }

  @Test
  void axisRangeHoldsZeroAndPadsOnlyTheEndsAwayFromIt() {
    // -2 to 4: padded by 5% of 6 = 0.3 at both ends
    AxisRange both = AxisRange.withZero(List.of(-2.0, 4.0), v -> v, v -> v);
    assertEquals(-2.3, both.min(), 1e-12);
    assertEquals(4.3, both.max(), 1e-12);
    // 2 to 4: the range starts at zero, unpadded; the top is padded by 5% of 4
    AxisRange positive = AxisRange.withZero(List.of(2.0, 4.0), v -> v, v -> v);
    assertEquals(new AxisRange(0, 4.2), positive);
    AxisRange negative = AxisRange.withZero(List.of(-4.0, -2.0), v -> v, v -> v);
    assertEquals(-4.2, negative.min(), 1e-12);
    assertEquals(0, negative.max(), 0);
    assertEquals(new AxisRange(0, 1), AxisRange.withZero(List.of(0.0, 0.0), v -> v, v -> v));
  }
}
