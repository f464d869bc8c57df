package io.github.commissioningvfm.examples;

import java.io.IOException;
import java.nio.file.Path;

/** A worked example that writes its report folder and returns a short summary. */
public interface WorkedExample {

  /**
   * The example's id, also its report folder's name, e.g. {@code safe-haven}.
   *
   * @return the id
   */
  String id();

  /**
   * A one-line title.
   *
   * @return the title
   */
  String title();

  /**
   * Runs the example and writes {@code <reportsRoot>/<id>/}.
   *
   * @param reportsRoot the folder holding every example's report folder
   * @param progress where to report the step being worked on
   * @return the summary
   * @throws IOException if the report cannot be written
   */
  ExampleSummary run(Path reportsRoot, Progress progress) throws IOException;
}
