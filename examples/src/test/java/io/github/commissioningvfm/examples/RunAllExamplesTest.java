package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAllExamplesTest {

  @TempDir
  Path reports;

  @Test
  void writesEveryReportFolderAndPrintsAOneScreenSummary() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ExampleSummary> summaries = RunAllExamples.run(reports, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(List.of("cyp-self-help", "safe-haven", "appraisal", "payment-options", "commissioning-cycle",
        "vcse-bid",
        "cost-utility"),
        summaries.stream().map(ExampleSummary::id).toList());
    for (ExampleSummary summary : summaries) {
      Path folder = reports.resolve(summary.id());
      assertEquals(folder, summary.folder());
      List<String> header = Files.readAllLines(folder.resolve("input.csv"), StandardCharsets.UTF_8).subList(0, 1);
      ReportAssertions.assertReportFolder(folder, List.of(header.get(0).split(",", -1)));
      assertTrue(printed.contains("] " + summary.id() + ": "), summary.id() + " in the summary");
    }
    assertTrue(printed.contains("Reports (input.csv, result.json, report.md, charts as PNG and SVG): "
        + reports.toAbsolutePath().normalize()), printed);
    long lines = printed.lines().filter(l -> !l.startsWith("  ... ")).count();
    assertTrue(lines <= 30, "one screen without progress lines: " + lines + " lines\n" + printed);
  }

  @Test
  void reportsGoUnderTheExamplesModuleByDefault() {
    assertEquals(Path.of("given"), RunAllExamples.reportsRoot(new String[] {"given"}));
    Path defaultRoot = RunAllExamples.reportsRoot(new String[0]);
    assertTrue(defaultRoot.endsWith(Path.of("target", "reports")), defaultRoot.toString());
  }
}
