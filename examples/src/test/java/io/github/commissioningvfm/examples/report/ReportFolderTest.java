package io.github.commissioningvfm.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path root;

  @Test
  void writesEveryKindOfFileIntoTheExampleFolder() throws IOException {
    ReportFolder folder = ReportFolder.create(root, "demo-example");
    folder.writeCsv(ReportFolder.INPUT_CSV, Csv.format(List.of("a", "b"), List.of(List.of("1", "x,y"))));
    folder.writeResult(ResultJson.object().put("rows_in", 1).put("cost", Money.of("12.30")));
    folder.writeReport(MarkdownReport.titled("Demo").paragraph("Hello."));
    List<Path> chart = folder.writeChart(new ChartSpec.Lines("demo-chart",
        "Cost by year (GBP, 2024/25 prices)", "Financial year (start)", "Cost (GBP)",
        List.of(new ChartSpec.XySeries("cost", List.of(2020.0, 2021.0), List.of(1.0, 2.0)))));

    assertEquals(root.resolve("demo-example"), folder.path());
    assertEquals("a,b\r\n1,\"x,y\"\r\n", Files.readString(folder.path().resolve("input.csv")));
    JsonNode json = new ObjectMapper().readTree(folder.path().resolve("result.json").toFile());
    assertEquals(1, json.get("rows_in").intValue());
    assertTrue(Files.readString(folder.path().resolve("result.json")).contains("\"cost\" : 12.30"),
        "money keeps its pence");
    assertEquals("# Demo\n\nHello.\n\n", Files.readString(folder.path().resolve("report.md")));
    assertEquals(List.of(folder.path().resolve("demo-chart.png"), folder.path().resolve("demo-chart.svg")), chart);
    byte[] png = Files.readAllBytes(chart.get(0));
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
    String svg = Files.readString(chart.get(1), StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"), "an SVG document");
    assertEquals(5, folder.files().size());
  }

  @Test
  void recreatingAFolderRemovesOldFiles() throws IOException {
    ReportFolder first = ReportFolder.create(root, "again");
    first.writeReport(MarkdownReport.titled("Old"));
    Files.createDirectories(first.path().resolve("nested"));
    Files.writeString(first.path().resolve("nested/stale.txt"), "stale");
    ReportFolder second = ReportFolder.create(root, "again");
    try (var files = Files.list(second.path())) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void rejectsAnExampleIdThatIsNotAFolderName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFolder.create(root, "../escape"));
    assertEquals("Argument 'exampleId' must be lower-case letters, digits and hyphens: ../escape", e.getMessage());
  }

  @Test
  void resultJsonWritesLibraryValuesAsPlainJson() {
    Map<String, Object> map = ResultJson.object()
        .put("money", Money.of("1.50"))
        .put("cost", Cost.of("280.17", "2024/25"))
        .put("year", FinancialYear.parse("2020/21"))
        .put("ratio", 1.25)
        .put("list", List.of(ResultJson.object().put("n", 3)))
        .put("missing", ResultJson.undefined("no participants"))
        .toMap();
    assertEquals(new BigDecimal("1.50"), map.get("money"));
    assertEquals(new BigDecimal("280.17"), map.get("cost"));
    assertEquals("2020/21", map.get("year"));
    assertEquals(new BigDecimal("1.25"), map.get("ratio"));
    assertEquals(List.of(Map.of("n", 3)), map.get("list"));
    assertEquals(Map.of("undefined", "no participants"), map.get("missing"));
  }

  @Test
  void resultJsonRefusesNonFiniteNumbersAndUnknownTypes() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> ResultJson.object().put("roi", Double.NaN));
    assertEquals("Argument 'roi' must be a finite number: NaN", nan.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> ResultJson.object().put("thing", new Object()));
    assertEquals("Argument 'thing' must be a JSON-compatible value: java.lang.Object", other.getMessage());
  }

  @Test
  void markdownTablesEscapePipes() {
    String text = MarkdownReport.titled("T").table(List.of("a", "b"), List.of(List.of("x|y", "2"))).toString();
    assertEquals("# T\n\n| a | b |\n|---|---|\n| x\\|y | 2 |\n\n", text);
  }

  @Test
  void csvQuotesOnlyWhatNeedsQuotingAndChecksRowWidths() {
    assertEquals("plain", Csv.quote("plain"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.quote("two\nlines"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Csv.format(List.of("a", "b"), List.of(List.of("1"))));
    assertEquals("Argument 'rows' must have 2 fields per row (row 1): 1", e.getMessage());
  }

  @Test
  void chartSpecsValidateTheirData() {
    IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
        () -> new ChartSpec.XySeries("s", List.of(1.0, 2.0), List.of(1.0)));
    assertEquals("Argument 'y' must have as many values as x (2): 1", lengths.getMessage());
    IllegalArgumentException bars = assertThrows(IllegalArgumentException.class,
        () -> new ChartSpec.Bars("b", "t", "x", "y", List.of("a", "b"),
            List.of(new ChartSpec.BarSeries("s", List.of(1.0)))));
    assertEquals("Argument 'series' must have one value per category (2) in series 's': 1", bars.getMessage());
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> new ChartSpec.Boxes("Bad Name", "t", "x", "y",
            List.of(new ChartSpec.BoxGroup("g", List.of(1.0)))));
    assertEquals("Argument 'fileName' must be lower-case letters, digits and hyphens: Bad Name", name.getMessage());
    assertFalse(new ChartSpec.BoxGroup("g", List.of(1.0, 2.0)).values().isEmpty());
  }

  @Test
  void barAndBoxChartsRenderHeadless() throws IOException {
    ReportFolder folder = ReportFolder.create(root, "charts");
    List<Path> bars = folder.writeChart(new ChartSpec.Bars("bars", "ROI by year (GBP, 2024/25 prices)",
        "Financial year", "ROI ratio (GBP per GBP)", List.of("2020/21", "2021/22"),
        List.of(new ChartSpec.BarSeries("ROI", List.of(1.1, 1.2)))));
    List<Path> boxes = folder.writeChart(new ChartSpec.Boxes("boxes", "Change by sessions",
        "Sessions attended", "SDQ improvement (points)",
        List.of(new ChartSpec.BoxGroup("1", List.of(1.0, 2.0, 3.0)), new ChartSpec.BoxGroup("2", List.of(2.0, 4.0)))));
    for (Path p : List.of(bars.get(0), boxes.get(0))) {
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(p), 8));
    }
    for (Path p : List.of(bars.get(1), boxes.get(1))) {
      assertTrue(Files.readString(p).contains("<svg"));
    }
  }
}
