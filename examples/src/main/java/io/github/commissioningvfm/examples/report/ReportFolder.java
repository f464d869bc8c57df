package io.github.commissioningvfm.examples.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.charts.ChartFiles;
import io.github.commissioningvfm.vfm.charts.VfmChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One example's report folder, {@code <reports root>/<example id>/}: the input data
 * ({@value #INPUT_CSV}), the figures ({@value #RESULT_JSON}), a short report ({@value #REPORT_MD})
 * and charts (PNG and SVG).
 */
public final class ReportFolder {

  /** The input data file name. */
  public static final String INPUT_CSV = "input.csv";
  /** The machine-readable figures file name. */
  public static final String RESULT_JSON = "result.json";
  /** The human report file name. */
  public static final String REPORT_MD = "report.md";

  private static final Pattern EXAMPLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private final Path path;
  private final List<Path> written = new ArrayList<>();

  private ReportFolder(Path path) {
    this.path = path;
  }

  /**
   * Creates (or empties) the folder of one example.
   *
   * @param reportsRoot the folder holding every example's folder
   * @param exampleId the example id, lower-case with hyphens, e.g. {@code safe-haven}
   * @return the empty folder
   * @throws IOException if the folder cannot be created or emptied
   */
  public static ReportFolder create(Path reportsRoot, String exampleId) throws IOException {
    Args.notNull(reportsRoot, "reportsRoot");
    Args.check(EXAMPLE_ID.matcher(Args.notNull(exampleId, "exampleId")).matches(), "exampleId",
        "be lower-case letters, digits and hyphens", exampleId);
    Path folder = reportsRoot.resolve(exampleId);
    if (Files.exists(folder)) {
      try (Stream<Path> old = Files.walk(folder)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(folder)) {
            Files.delete(p);
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    Files.createDirectories(folder);
    return new ReportFolder(folder);
  }

  /**
   * The folder.
   *
   * @return its path
   */
  public Path path() {
    return path;
  }

  /**
   * Writes a CSV file.
   *
   * @param fileName the file name, e.g. {@value #INPUT_CSV}
   * @param csvText the CSV text (see {@link Csv#format})
   * @return the file written
   * @throws IOException if it cannot be written
   */
  public Path writeCsv(String fileName, String csvText) throws IOException {
    return writeText(fileName, csvText);
  }

  /**
   * Writes the figures as {@value #RESULT_JSON}.
   *
   * @param result the figures
   * @return the file written
   * @throws IOException if it cannot be written
   */
  public Path writeResult(ResultJson result) throws IOException {
    Path file = path.resolve(RESULT_JSON);
    JSON.writeValue(file.toFile(), Args.notNull(result, "result").toMap());
    written.add(file);
    return file;
  }

  /**
   * Writes the report as {@value #REPORT_MD}.
   *
   * @param report the report
   * @return the file written
   * @throws IOException if it cannot be written
   */
  public Path writeReport(MarkdownReport report) throws IOException {
    return writeText(REPORT_MD, Args.notNull(report, "report").toString());
  }

  /**
   * Draws a library chart as {@code <fileStem>.png} and {@code <fileStem>.svg}, headless.
   *
   * @param chart the chart
   * @param fileStem the file name without extension
   * @return the two files written
   * @throws IOException if they cannot be written
   */
  public List<Path> writeChart(VfmChart chart, String fileStem) throws IOException {
    ChartFiles files = Args.notNull(chart, "chart").writeTo(path, fileStem);
    written.add(files.png());
    written.add(files.svg());
    return List.of(files.png(), files.svg());
  }

  /**
   * The files written so far, in order.
   *
   * @return the files
   */
  public List<Path> files() {
    return List.copyOf(written);
  }

  private Path writeText(String fileName, String text) throws IOException {
    Args.notBlank(fileName, "fileName");
    Args.check(!fileName.contains("/") && !fileName.contains("\\"), "fileName", "be a plain file name", fileName);
    Path file = path.resolve(fileName);
    Files.writeString(file, Args.notNull(text, "text"), StandardCharsets.UTF_8);
    written.add(file);
    return file;
  }
}
