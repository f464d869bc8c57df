package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.model.internal.Args;
import java.nio.file.Path;
import java.util.List;

/**
 * What one worked example found, in a few lines, and where its report is.
 *
 * @param id the example id
 * @param title the example title
 * @param folder the report folder
 * @param highlights up to a few lines of headline figures
 */
public record ExampleSummary(String id, String title, Path folder, List<String> highlights) {

  /**
   * Validates and copies the summary.
   *
   * @param id the example id
   * @param title the title
   * @param folder the report folder
   * @param highlights the headline lines
   */
  public ExampleSummary {
    Args.notBlank(id, "id");
    Args.notBlank(title, "title");
    Args.notNull(folder, "folder");
    highlights = List.copyOf(Args.noNullElements(highlights, "highlights"));
  }
}
