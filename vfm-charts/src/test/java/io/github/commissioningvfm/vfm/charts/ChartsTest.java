package io.github.commissioningvfm.vfm.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every chart type is written to PNG and SVG; the files exist, are non-empty and of the right
 * format, and the chart data carry the sorting and axis choices. Samples stay in
 * {@code target/chart-samples} for inspection.
 */
class ChartsTest {

  static final Path OUT = Path.of("target", "chart-samples");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static TornadoChart tornado() {
    return TornadoChart.of("Net present social value: one-way sensitivity (GBP, 2024/25 prices)",
        "Net present social value (GBP, 2024/25 prices)", 1_200_000, List.of(
            new TornadoChart.TornadoBar("Discount rate 1.5% to 5%", 1_350_000, 1_050_000),
            new TornadoChart.TornadoBar("A&E attendances avoided per contact 0.05 to 0.20", 400_000, 2_300_000),
            new TornadoChart.TornadoBar("Optimism bias on costs 0% to 40%", 1_420_000, 930_000),
            new TornadoChart.TornadoBar("Drop-off 10% to 40% a year", 1_600_000, 800_000)));
  }

  static List<VfmChart> all() {
    List<XyPoint> fund = List.of(new XyPoint(0, 0.2), new XyPoint(10_000, 0.45), new XyPoint(20_000, 0.7),
        new XyPoint(30_000, 0.82), new XyPoint(50_000, 0.9));
    List<XyPoint> statusQuo = fund.stream().map(p -> new XyPoint(p.x(), 1 - p.y())).toList();
    return List.of(tornado(),
        AcceptabilityChart.of("Probability each option has the highest net benefit", "Value of one unit of effect (GBP)",
            List.of(new AcceptabilityChart.Curve("fund the service", fund),
                new AcceptabilityChart.Curve("status quo", statusQuo))),
        new CostEffectivenessPlaneChart("Cost-effectiveness plane (GBP, 2024/25 prices)", "Incremental effect (QALYs)",
            "Incremental cost (GBP, 2024/25 prices)", List.of(new XyPoint(0.8, 12_000), new XyPoint(1.5, 18_000),
                new XyPoint(-0.2, 4_000), new XyPoint(0.4, -3_000)), List.of(20_000.0)),
        RoiByYearChart.of("Safe haven ROI by financial year (costs in 2024/25 prices)", List.of(
            new RoiByYearChart.RoiYear("2020/21", 1.08, 2_411), new RoiByYearChart.RoiYear("2021/22", 1.21, 2_702),
            new RoiByYearChart.RoiYear("2022/23", 0.94, 2_650), new RoiByYearChart.RoiYear("2023/24", 1.15, 2_861),
            new RoiByYearChart.RoiYear("2024/25", 1.12, 2_785))),
        DoseChart.of("Cost-weighted VfM by sessions attended (synthetic data)", "Cost-weighted VfM (SDQ points per GBP)",
            "95% interval (delta method)", List.of(DoseChart.DosePoint.of(1, 85, 0.031, 0.018, 0.044),
                DoseChart.DosePoint.of(2, 96, 0.022, 0.015, 0.029), DoseChart.DosePoint.of(3, 110, 0.017, 0.012, 0.022),
                DoseChart.DosePoint.of(4, 121, 0.013, 0.010, 0.016), DoseChart.DosePoint.of(5, 104, 0.011, 0.008, 0.014),
                DoseChart.DosePoint.of(6, 92, 0.009, 0.007, 0.011), DoseChart.DosePoint.withoutInterval(7, 1, 0.006))),
        new PaymentByActivityChart("What the commissioner pays at each activity level (GBP, cash, 2025/26)",
            List.of("low (1,500 cases)", "expected (2,000 cases)", "high (2,500 cases)"), List.of(
                new AmountSeries("block", List.of(240_000.0, 240_000.0, 240_000.0)),
                new AmountSeries("cost per case", List.of(180_000.0, 240_000.0, 300_000.0)),
                new AmountSeries("cap and collar", List.of(204_000.0, 240_000.0, 276_000.0)))),
        new CashFlowChart("When the provider is paid (GBP, 2025/26)", List.of("Q1", "Q2", "Q3", "Q4"), List.of(
            new AmountSeries("block (monthly in advance)", List.of(60_000.0, 60_000.0, 60_000.0, 60_000.0)),
            new AmountSeries("cost per case (quarterly in arrears)", List.of(0.0, 60_000.0, 60_000.0, 60_000.0)))),
        new AmountBarChart("Surplus (+) or subsidy (-) by activity (GBP, 2024/25 prices)", "Activity scenario",
            "GBP a year", List.of("low", "expected", "high"), List.of(
                new AmountSeries("block", List.of(20_000.0, 9_440.0, -4_000.0)),
                new AmountSeries("cost per case", List.of(-12_000.0, -5_560.0, 1_000.0)))),
        new LineChart("Cohort trace under usual care (quarterly cycles)", "Years from the start", "Share of the cohort",
            List.of(new LineChart.Line("in crisis", List.of(new XyPoint(0, 1), new XyPoint(0.25, 0.6),
                new XyPoint(0.5, 0.4))), new LineChart.Line("recovered", List.of(new XyPoint(0, 0),
                new XyPoint(0.25, 0.4), new XyPoint(0.5, 0.6))))),
        new BoxPlot("SDQ improvement by sessions attended", "Sessions attended", "Improvement (SDQ points)",
            List.of(new BoxPlot.Group("1 session (n = 5)", List.of(-1.0, 0.0, 2.0, 3.0, 5.0)),
                new BoxPlot.Group("2 sessions (n = 4)", List.of(1.0, 2.0, 4.0, 6.0)))));
  }

  @Test
  void everyChartIsWrittenAsPngAndSvg() throws Exception {
    String[] stems = {"tornado", "acceptability", "ce-plane", "roi-by-year", "vfm-by-dose", "payment-by-activity",
        "cash-flow", "amount-bars", "cohort-trace", "box-plot"};
    List<VfmChart> charts = all();
    assertEquals(stems.length, charts.size());
    for (int i = 0; i < stems.length; i++) {
      ChartFiles files = charts.get(i).writeTo(OUT, stems[i]);
      assertEquals(OUT.resolve(stems[i] + ".png"), files.png());
      byte[] png = Files.readAllBytes(files.png());
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), stems[i]);
      BufferedImage image = ImageIO.read(files.png().toFile());
      assertEquals(960, image.getWidth(), stems[i]);
      assertTrue(image.getHeight() >= 580, stems[i]);
      String svg = Files.readString(files.svg(), StandardCharsets.UTF_8);
      assertTrue(svg.length() > 1_000 && svg.contains("<svg") && svg.strip().endsWith("</svg>"), stems[i]);
      assertTrue(svg.contains("<title>" + charts.get(i).title().replace("&", "&amp;") + "</title>"), stems[i]);
      assertTrue(svg.contains("<desc>x axis: " + charts.get(i).xAxisLabel().replace("&", "&amp;")), stems[i]);
    }
  }

  @Test
  void tornadoBarsAreSortedBySwingLargestFirst() {
    List<String> order = tornado().bars().stream().map(TornadoChart.TornadoBar::input).toList();
    assertEquals(List.of("A&E attendances avoided per contact 0.05 to 0.20", "Drop-off 10% to 40% a year",
        "Optimism bias on costs 0% to 40%", "Discount rate 1.5% to 5%"), order);
    assertEquals(1_900_000, tornado().bars().get(0).swing(), 0);
  }

  @Test
  void roiChartHasBreakEvenAndNPerYearOnAnAxisFromZero() {
    RoiByYearChart roi = (RoiByYearChart) all().get(3);
    assertEquals(1.0, RoiByYearChart.BREAK_EVEN, 0);
    assertEquals("2020/21 (n = 2,411)", roi.categoryLabels().get(0));
    assertEquals(0, roi.valueAxis().min(), 0);
    assertTrue(roi.valueAxis().max() > 1.21);
    RoiByYearChart low = RoiByYearChart.of("t", List.of(new RoiByYearChart.RoiYear("2020/21", 0.3, 10)));
    assertTrue(low.valueAxis().max() >= RoiByYearChart.BREAK_EVEN, "the break-even line is always in view");
  }

  @Test
  void doseAxisIncludesZeroAndDosesWithoutIntervalsSaySo() {
    DoseChart dose = (DoseChart) all().get(4);
    assertEquals(0, dose.valueAxis().min(), 0);
    assertTrue(dose.valueAxis().max() >= 0.044);
    assertEquals("1 (n = 85)", dose.categoryLabels().get(0));
    assertEquals("7 (n = 1, no interval)", dose.categoryLabels().get(6));
    DoseChart negative = DoseChart.of("t", "VfM (points per GBP)", "interval",
        List.of(DoseChart.DosePoint.of(1, 5, 0.01, -0.02, 0.03)));
    assertTrue(negative.valueAxis().min() < -0.02);
    assertTrue(negative.valueAxis().max() > 0.03);
  }

  @Test
  void planeAxesMeetAtTheOrigin() {
    CostEffectivenessPlaneChart plane = (CostEffectivenessPlaneChart) all().get(2);
    assertTrue(plane.effectAxis().min() < -0.2 && plane.effectAxis().max() > 1.5);
    CostEffectivenessPlaneChart positive = new CostEffectivenessPlaneChart("t", "effect (QALYs)", "cost (GBP)",
        List.of(new XyPoint(1, 5)), List.of());
    assertEquals(0, positive.effectAxis().min(), 0);
    assertEquals(0, positive.costAxis().min(), 0);
  }

  @Test
  void generalChartsRefuseMisalignedOrEmptyData() {
    IllegalArgumentException bars = assertThrows(IllegalArgumentException.class, () -> new AmountBarChart("t", "x",
        "GBP", List.of("a", "b"), List.of(new AmountSeries("s", List.of(1.0)))));
    assertEquals("Argument 'series 's'' must have one amount per category (2): 1", bars.getMessage());
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> new LineChart.Line("trace", List.of()));
    assertEquals("Argument 'points of 'trace'' must not be empty", line.getMessage());
    IllegalArgumentException box = assertThrows(IllegalArgumentException.class,
        () -> new BoxPlot.Group("g", List.of(1.0, Double.NaN)));
    assertEquals("Argument 'values of 'g'' must be a finite number: NaN", box.getMessage());
  }

  @Test
  void badInputIsRefusedWithItsValue() {
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> DoseChart.of("t", "v", "i",
        List.of(DoseChart.DosePoint.of(2, 5, 0.01, 0, 0.02), DoseChart.DosePoint.of(1, 5, 0.01, 0, 0.02))));
    assertEquals("Argument 'doses' must be in increasing order of sessions: 1", order.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> DoseChart.DosePoint.of(1, 5, 0.05, 0, 0.02));
    assertEquals("Argument 'interval' must contain the estimate 0.05: [0.0, 0.02]", outside.getMessage());
    IllegalArgumentException misaligned = assertThrows(IllegalArgumentException.class, () -> new CashFlowChart("t",
        List.of("Q1", "Q2"), List.of(new AmountSeries("block", List.of(1.0)))));
    assertEquals("Argument 'series 'block'' must have one amount per category (2): 1", misaligned.getMessage());
    IllegalArgumentException stem = assertThrows(IllegalArgumentException.class,
        () -> tornado().writeTo(OUT, "Tornado Chart"));
    assertEquals("Argument 'fileStem' must be lower-case letters, digits and hyphens: Tornado Chart",
        stem.getMessage());
  }
}
