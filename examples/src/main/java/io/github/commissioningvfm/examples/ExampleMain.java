package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.model.internal.Args;
import java.io.IOException;
import java.nio.file.Path;

/** The shared body of every example's {@code main}: run it alone and print where its report is. */
public final class ExampleMain {

  private ExampleMain() {
  }

  /**
   * Runs one example.
   *
   * @param example the example
   * @param args optionally, the reports folder (default {@code target/reports})
   * @return the summary
   * @throws IOException if the report cannot be written
   */
  public static ExampleSummary run(WorkedExample example, String[] args) throws IOException {
    Args.notNull(example, "example");
    System.setProperty("java.awt.headless", "true");
    Path root = Args.notNull(args, "args").length > 0 ? Path.of(args[0]) : Path.of("target", "reports");
    ExampleSummary summary = example.run(root, Progress.silent());
    System.out.println(summary.id() + ": " + summary.title());
    summary.highlights().forEach(line -> System.out.println("  " + line));
    System.out.println("Report: " + summary.folder().toAbsolutePath().normalize());
    return summary;
  }
}
