package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.examples.appraisal.AppraisalExample;
import io.github.commissioningvfm.examples.cua.CostUtilityExample;
import io.github.commissioningvfm.examples.cycle.CommissioningCycleExample;
import io.github.commissioningvfm.examples.cyp.CypSelfHelpExample;
import io.github.commissioningvfm.examples.payment.PaymentOptionsExample;
import io.github.commissioningvfm.examples.safehaven.SafeHavenExample;
import io.github.commissioningvfm.examples.vcse.VcseBidExample;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every worked example, writes each one's report folder and prints a one-screen summary.
 *
 * <p>Usage: {@code RunAllExamples [reports-folder]}. Without an argument the reports go to
 * {@code examples/target/reports} when run from the repository root, else {@code target/reports}.
 */
public final class RunAllExamples {

  private RunAllExamples() {
  }

  /**
   * The worked examples, in the order they run.
   *
   * @return the examples
   */
  public static List<WorkedExample> examples() {
    return List.of(new CypSelfHelpExample(), new SafeHavenExample(), new AppraisalExample(),
        new PaymentOptionsExample(),
        new CommissioningCycleExample(),
        new VcseBidExample(),
        new CostUtilityExample());
  }

  /**
   * Runs all examples.
   *
   * @param args optionally, the reports folder
   * @throws IOException if a report cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    run(reportsRoot(args), System.out);
  }

  /**
   * Runs all examples into a reports folder and prints the summary.
   *
   * @param reportsRoot the folder holding every example's report folder
   * @param out where to print
   * @return the summaries, in run order
   * @throws IOException if a report cannot be written
   */
  public static List<ExampleSummary> run(Path reportsRoot, PrintStream out) throws IOException {
    List<WorkedExample> examples = examples();
    out.println("commissioning-vfm worked examples (synthetic data where marked; see each report.md)");
    out.println();
    List<ExampleSummary> summaries = new ArrayList<>();
    int index = 0;
    for (WorkedExample example : examples) {
      index++;
      ExampleSummary summary;
      long millis;
      try (ProgressTicker ticker = new ProgressTicker(out, example.id())) {
        summary = example.run(reportsRoot, ticker);
        millis = ticker.elapsedMillis();
      }
      summaries.add(summary);
      out.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%n", index, examples.size(), summary.id(), summary.title(),
          millis / 1000.0);
      for (String line : summary.highlights()) {
        out.println("      " + line);
      }
    }
    out.println();
    PublishedArithmeticCheck.run(out);
    out.println();
    if (!summaries.isEmpty()) {
      out.println("Reports (input.csv, result.json, report.md, charts as PNG and SVG): "
          + reportsRoot.toAbsolutePath().normalize());
    }
    return List.copyOf(summaries);
  }

  static Path reportsRoot(String[] args) {
    if (args.length > 0) {
      return Path.of(args[0]);
    }
    Path fromRoot = Path.of("examples");
    return Files.isDirectory(fromRoot.resolve("src")) ? fromRoot.resolve("target/reports") : Path.of("target/reports");
  }
}
