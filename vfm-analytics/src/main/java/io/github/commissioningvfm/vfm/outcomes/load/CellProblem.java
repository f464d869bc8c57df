package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One classified cell that holds no usable value.
 *
 * @param line the 1-based line in the source
 * @param column the column name
 * @param raw the cell text as read (before trimming)
 * @param issue the classification
 * @since 0.1.0
 */
public record CellProblem(long line, String column, String raw, CellIssue issue) {

  /**
   * Creates a cell problem.
   *
   * @param line line
   * @param column column
   * @param raw raw text
   * @param issue classification
   */
  public CellProblem {
    Args.positive(line, "line");
    Args.notBlank(column, "column");
    Args.notNull(raw, "raw");
    Args.notNull(issue, "issue");
  }

  @Override
  public String toString() {
    return "row " + line + ", column '" + column + "': '" + raw + "' (" + issue + ")";
  }
}
