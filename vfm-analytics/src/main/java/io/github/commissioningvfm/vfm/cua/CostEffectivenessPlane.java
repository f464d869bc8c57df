package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Data of the cost-effectiveness plane: each strategy's incremental cost and effect against a
 * reference strategy in every simulation.
 *
 * @param reference the reference strategy
 * @param series one series per other strategy
 * @since 0.1.0
 */
public record CostEffectivenessPlane(String reference, List<PlaneSeries> series) {

  /** Validates and copies. */
  public CostEffectivenessPlane {
    Args.notBlank(reference, "reference");
    series = List.copyOf(Args.noNullElements(series, "series"));
  }
}
