package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.io.CsvRecords;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Checks shared by every example's tests: the report folder's structure and exact JSON figures. */
public final class ReportAssertions {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReportAssertions() {
  }

  /**
   * Asserts the folder holds input.csv (header and rows), result.json (an object), report.md
   * (a titled Markdown document linking its charts) and at least one chart as PNG and SVG whose
   * title and axis labels are embedded (a chart of money names its price base in the title), and
   * returns the parsed result.json.
   */
  public static JsonNode assertReportFolder(Path folder, List<String> inputColumns) throws IOException {
    assertTrue(Files.isDirectory(folder), folder + " exists");
    List<String> csv = Files.readAllLines(folder.resolve("input.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.size() >= 2, "input.csv has a header and rows");
    assertEquals(String.join(",", inputColumns), csv.get(0), "input.csv header");
    JsonNode result = JSON.readTree(folder.resolve("result.json").toFile());
    assertTrue(result.isObject(), "result.json is an object");
    String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(report.startsWith("# "), "report.md has a title");
    List<Path> pngs;
    try (Stream<Path> files = Files.list(folder)) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    assertFalse(pngs.isEmpty(), "at least one chart");
    for (Path png : pngs) {
      String stem = png.getFileName().toString().replaceFirst("\\.png$", "");
      Path svg = folder.resolve(stem + ".svg");
      assertTrue(Files.size(png) > 1000, png + " is an image");
      String svgText = Files.readString(svg, StandardCharsets.UTF_8);
      assertTrue(svgText.contains("<svg") && svgText.contains("<title>"), svg + " is a titled SVG");
      String title = svgText.substring(svgText.indexOf("<title>") + 7, svgText.indexOf("</title>"));
      String axes = svgText.substring(svgText.indexOf("<desc>") + 6, svgText.indexOf("</desc>"));
      assertTrue(axes.contains("x axis: ") && axes.contains("; y axis: "), svg + " names both axes: " + axes);
      if ((title + axes).contains("GBP")) {
        assertTrue(title.matches(".*\\d{4}/\\d{2} prices.*") || title.contains("own prices"),
            svg + ": a chart of money names its price base in the title: " + title);
      }
      assertTrue(report.contains("](" + stem + ".png)"), "report.md shows " + stem);
    }
    return result;
  }

  /** Reads a CSV file written by an example back into records (header first), with the library's reader. */
  public static List<String[]> readCsv(Path file) throws IOException {
    return CsvRecords.read(file).stream().map(r -> r.toArray(new String[0])).toList();
  }

  /** Asserts a JSON number equals an amount of money exactly (to the penny, whatever its scale). */
  public static void assertMoney(Money expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(0, expected.amount().compareTo(actual.decimalValue()),
        what + ": expected " + expected + " but was " + actual.decimalValue());
  }

  /** Asserts a JSON number equals a decimal exactly (by value). */
  public static void assertDecimal(BigDecimal expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(0, expected.compareTo(actual.decimalValue()),
        what + ": expected " + expected + " but was " + actual.decimalValue());
  }

  /**
   * Asserts a JSON number is a ratio as {@code result.json} writes it: the expected value to
   * {@value ResultJson#RATIO_SIGNIFICANT_FIGURES} significant figures, exactly, so within a relative
   * 5e-6 of the expected value.
   */
  public static void assertRatio(double expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(0, ResultJson.ratio(expected).compareTo(actual.decimalValue()),
        what + ": expected " + expected + " to 6 significant figures but was " + actual.decimalValue());
    assertEquals(expected, actual.doubleValue(), 5e-6 * Math.abs(expected), what);
  }

  /** Asserts a JSON number is an amount computed as a double, to the penny (half-up). */
  public static void assertPounds(double expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + " is a number: " + actual);
    assertEquals(0, ResultJson.pounds(expected).compareTo(actual.decimalValue()),
        what + ": expected " + expected + " to the penny but was " + actual.decimalValue());
    assertEquals(expected, actual.doubleValue(), 0.005 + 1e-9, what);
  }

  /**
   * Asserts a report reads as a board paper: a bottom line first (what it cost, what it achieved,
   * how sure we are), no code identifiers (constants such as {@code WIDER_PUBLIC_SECTOR}, camelCase
   * names such as {@code aeAvoided}, record dumps such as {@code Gamma[shape=...]}), one money style
   * ({@code £1,234.56}, never {@code GBP 1234.56}) and no figure with more than six decimals.
   */
  public static void assertBoardReady(Path folder) throws IOException {
    String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    int bottom = report.indexOf("\n## Bottom line\n");
    assertTrue(bottom > 0, "report.md has a bottom line");
    assertEquals(bottom, report.indexOf("\n## "), "the bottom line is the first section");
    for (String part : List.of("**What it cost.**", "**What it achieved.**", "**How sure we are.**")) {
      assertTrue(report.indexOf(part) > bottom, "the bottom line says " + part);
    }
    String text = report.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "").replaceAll("\\]\\([^)]*\\)", "]");
    assertNoMatch(text, "\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b", "a constant's name");
    assertNoMatch(text, "\\b[a-z]+[A-Z][a-zA-Z]*\\b", "a camelCase identifier");
    assertNoMatch(text, "[A-Za-z]+\\[[a-zA-Z]+=", "a record printed as code");
    assertNoMatch(text, "GBP ?-?\\d", "money not in the £1,234.56 style");
    assertNoMatch(text, "\\d\\.\\d{7,}", "a figure with more than six decimals");
  }

  private static void assertNoMatch(String text, String regex, String what) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    if (m.find()) {
      int from = Math.max(0, m.start() - 60);
      int to = Math.min(text.length(), m.end() + 60);
      throw new AssertionError("report.md shows " + what + ": '" + m.group() + "' in: "
          + text.substring(from, to).replace('\n', ' '));
    }
  }
}
