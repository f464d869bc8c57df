package io.github.commissioningvfm.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.charts.LineChart;
import io.github.commissioningvfm.vfm.charts.XyPoint;
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
    List<Path> chart = folder.writeChart(new LineChart("Cost by year (GBP, 2024/25 prices)", "Financial year (start)",
        "Cost (GBP)", List.of(new LineChart.Line("cost", List.of(new XyPoint(2020, 1), new XyPoint(2021, 2))))),
        "demo-chart");

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
}
