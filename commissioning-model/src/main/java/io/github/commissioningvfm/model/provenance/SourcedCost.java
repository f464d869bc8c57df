package io.github.commissioningvfm.model.provenance;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;

/**
 * A cost together with where it came from: the form in which unit costs travel from a reference
 * table into an analysis, so that every result can list the sources it used.
 *
 * @param cost the cost, in its price base
 * @param provenance its origin and any adjustments applied
 * @since 0.1.0
 */
public record SourcedCost(Cost cost, Provenance provenance) {

  /**
   * Creates a sourced cost.
   *
   * @param cost the cost
   * @param provenance its origin
   */
  public SourcedCost {
    Args.notNull(cost, "cost");
    Args.notNull(provenance, "provenance");
  }

  /**
   * A cost the analyst supplied, described in words.
   *
   * @param cost the cost
   * @param description where the figure comes from
   * @return the sourced cost
   */
  public static SourcedCost userSupplied(Cost cost, String description) {
    return new SourcedCost(cost, Provenance.userSupplied(description));
  }

  /**
   * The same figure with a new cost and one more adjustment recorded, e.g. after rebasing.
   *
   * @param adjusted the adjusted cost
   * @param adjustment what was done
   * @return the adjusted sourced cost
   */
  public SourcedCost adjusted(Cost adjusted, String adjustment) {
    return new SourcedCost(adjusted, provenance.withAdjustment(adjustment));
  }

  @Override
  public String toString() {
    return cost + " [" + provenance.describe() + "]";
  }
}
