package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit of activity a unit cost is priced per, written in tables as its label, e.g.
 * {@code "per contact"}.
 *
 * <p>The set is closed: a table row with any other unit is refused when the table is loaded, so
 * that a cost per hour can never be mistaken for a cost per contact.
 *
 * @since 0.1.0
 */
public enum CostUnit {
  /** One contact with a service (a care contact). */
  PER_CONTACT("per contact"),
  /** One attendance, e.g. at an emergency department. */
  PER_ATTENDANCE("per attendance"),
  /** One incident, e.g. an ambulance response. */
  PER_INCIDENT("per incident"),
  /** One consultation, e.g. with a GP. */
  PER_CONSULTATION("per consultation"),
  /** One session, e.g. a group therapy session. */
  PER_SESSION("per session"),
  /** One intervention, e.g. a telephone triage call. */
  PER_INTERVENTION("per intervention"),
  /** One course of treatment or intervention for one person. */
  PER_COURSE("per course"),
  /** One case. */
  PER_CASE("per case"),
  /** One hour (of work, or of patient contact: the description says which). */
  PER_HOUR("per hour"),
  /** One minute of patient contact. */
  PER_MINUTE("per minute"),
  /** One occupied bed day. */
  PER_BED_DAY("per bed day"),
  /** One week. */
  PER_WEEK("per week"),
  /** One year. */
  PER_YEAR("per year"),
  /** One person (a per-person total). */
  PER_PERSON("per person");

  private final String label;

  CostUnit(String label) {
    this.label = label;
  }

  /**
   * The label used in tables, e.g. {@code "per bed day"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The unit with a label, matched exactly.
   *
   * @param label e.g. {@code "per contact"}
   * @return the unit, or empty if no unit has that label
   */
  public static Optional<CostUnit> fromLabel(String label) {
    Args.notNull(label, "label");
    for (CostUnit unit : values()) {
      if (unit.label.equals(label)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * All labels, comma-separated, for error messages.
   *
   * @return the labels
   */
  public static String allLabels() {
    return Arrays.stream(values()).map(CostUnit::label).collect(Collectors.joining(", "));
  }

  /**
   * The label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
