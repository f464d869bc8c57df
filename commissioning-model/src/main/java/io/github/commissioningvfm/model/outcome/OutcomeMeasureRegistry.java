package io.github.commissioningvfm.model.outcome;

import io.github.commissioningvfm.model.internal.Args;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of outcome measures keyed by id. Start from {@link #standard()} and add your
 * own with {@link #with(OutcomeMeasure)}; a duplicate id is rejected naming both measures.
 *
 * @since 0.1.0
 */
public final class OutcomeMeasureRegistry {

  private static final OutcomeMeasureRegistry STANDARD = empty()
      .with(StandardOutcomeMeasures.SDQ_TOTAL)
      .with(StandardOutcomeMeasures.WEMWBS)
      .with(StandardOutcomeMeasures.SWEMWBS)
      .with(StandardOutcomeMeasures.PHQ9)
      .with(StandardOutcomeMeasures.GAD7)
      .with(StandardOutcomeMeasures.CORE10)
      .with(StandardOutcomeMeasures.REQOL10);

  private final Map<String, OutcomeMeasure> measures;

  private OutcomeMeasureRegistry(Map<String, OutcomeMeasure> measures) {
    this.measures = measures;
  }

  /**
   * The registry with no measures.
   *
   * @return an empty registry
   */
  public static OutcomeMeasureRegistry empty() {
    return new OutcomeMeasureRegistry(Map.of());
  }

  /**
   * The registry of {@link StandardOutcomeMeasures}.
   *
   * @return the standard registry
   */
  public static OutcomeMeasureRegistry standard() {
    return STANDARD;
  }

  /**
   * A registry with one more measure.
   *
   * @param measure the measure to add
   * @return the new registry
   * @throws IllegalArgumentException if a measure with the same id is already registered
   */
  public OutcomeMeasureRegistry with(OutcomeMeasure measure) {
    Args.notNull(measure, "measure");
    OutcomeMeasure existing = measures.get(measure.id());
    if (existing != null) {
      throw new IllegalArgumentException("Outcome measure id '" + measure.id()
          + "' is already registered (" + existing.name() + "); cannot register '" + measure.name() + "'");
    }
    Map<String, OutcomeMeasure> copy = new LinkedHashMap<>(measures);
    copy.put(measure.id(), measure);
    return new OutcomeMeasureRegistry(java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * Looks a measure up.
   *
   * @param id the measure's id
   * @return the measure, or empty
   */
  public Optional<OutcomeMeasure> find(String id) {
    return Optional.ofNullable(measures.get(Args.notNull(id, "id")));
  }

  /**
   * Looks a measure up, failing with the list of known ids.
   *
   * @param id the measure's id
   * @return the measure
   * @throws IllegalArgumentException if no measure has that id
   */
  public OutcomeMeasure get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "Unknown outcome measure '" + id + "'; registered: " + ids()));
  }

  /**
   * The registered ids in registration order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(measures.keySet());
  }

  /**
   * The registered measures in registration order.
   *
   * @return the measures
   */
  public List<OutcomeMeasure> measures() {
    return List.copyOf(measures.values());
  }
}
