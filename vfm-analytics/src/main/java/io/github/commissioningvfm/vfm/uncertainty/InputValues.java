package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values of named inputs, as passed to an {@link AppraisalModel}.
 *
 * @param values the values by name
 * @since 0.1.0
 */
public record InputValues(Map<String, Double> values) {

  /** Validates and copies. */
  public InputValues {
    Args.noNullEntries(values, "values");
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (!Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("Input '" + e.getKey() + "' must be a finite number: " + e.getValue());
      }
    }
    values = Map.copyOf(values);
  }

  /**
   * The value of an input.
   *
   * @param name the input's name
   * @return its value
   * @throws IllegalArgumentException naming the known inputs if there is none of that name
   */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("No input '" + name + "'; inputs are " + new java.util.TreeSet<>(values.keySet()));
    }
    return v;
  }

  /**
   * The value of an input as a decimal, for building amounts.
   *
   * @param name the input's name
   * @return {@code BigDecimal.valueOf(get(name))}
   */
  public BigDecimal decimal(String name) {
    return BigDecimal.valueOf(get(name));
  }

  /**
   * A copy with one value replaced or added.
   *
   * @param name the input's name
   * @param value its value
   * @return the copy
   */
  public InputValues with(String name, double value) {
    Map<String, Double> copy = new LinkedHashMap<>(values);
    copy.put(Args.notBlank(name, "name"), value);
    return new InputValues(copy);
  }
}
