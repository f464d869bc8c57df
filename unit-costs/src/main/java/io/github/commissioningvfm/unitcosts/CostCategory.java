package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * Who bears a unit cost, as far as the source says: written in tables as its label, e.g.
 * {@code "NHS"}.
 *
 * @since 0.1.0
 */
public enum CostCategory {
  /** The NHS (trusts, ambulance services, general practice). */
  NHS("NHS"),
  /** Adult or children's social care (local authorities and the services they buy). */
  SOCIAL_CARE("social care"),
  /** Another public body, e.g. police or housing. */
  OTHER_PUBLIC_SECTOR("other public sector");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  /**
   * The label used in tables.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The category with a label, matched exactly.
   *
   * @param label e.g. {@code "social care"}
   * @return the category, or empty if none has that label
   */
  public static Optional<CostCategory> fromLabel(String label) {
    Args.notNull(label, "label");
    for (CostCategory c : values()) {
      if (c.label.equals(label)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
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
