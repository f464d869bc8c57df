package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The cells of a batch, appraisal by appraisal, strategy by strategy, in the order asked.
 *
 * @param cells the cells
 * @since 0.1.0
 */
public record BatchResult(List<BatchCell> cells) {

  /** Copies. */
  public BatchResult {
    cells = List.copyOf(Args.noNullElements(cells, "cells"));
  }

  /**
   * The successful cells.
   *
   * @return the successes
   */
  public List<BatchCell.Success> successes() {
    return cells.stream().filter(BatchCell.Success.class::isInstance).map(BatchCell.Success.class::cast).toList();
  }

  /**
   * The failed cells.
   *
   * @return the failures
   */
  public List<BatchCell.Failure> failures() {
    return cells.stream().filter(BatchCell.Failure.class::isInstance).map(BatchCell.Failure.class::cast).toList();
  }

  /**
   * Whether every cell succeeded.
   *
   * @return true if there is no failure
   */
  public boolean allSucceeded() {
    return failures().isEmpty();
  }
}
