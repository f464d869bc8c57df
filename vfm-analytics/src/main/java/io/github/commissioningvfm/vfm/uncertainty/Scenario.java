package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Map;

/**
 * A named set of input values; inputs not named stay at their base values.
 *
 * @param name the scenario's name, e.g. "pessimistic"
 * @param overrides the input values that differ from base
 * @since 0.1.0
 */
public record Scenario(String name, Map<String, Double> overrides) {
  /** Validates and copies. */
  public Scenario {
    Args.notBlank(name, "name");
    overrides = Map.copyOf(Args.noNullEntries(overrides, "overrides"));
  }
}
