package io.github.commissioningvfm.model.provenance;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * The origin of a figure and what was done to it.
 *
 * <p>Example: source {@code "NHS National Cost Collection"}, edition {@code "2024/25"}, key
 * {@code "ncc.mh-care-contact.a21"}, location {@code "Summary Other Currencies, MHCC A21"},
 * adjustments {@code ["rebased 2024/25 -> 2022/23 with GDP deflator (March 2026): x 0.912996"]}.
 *
 * @param source the publication or dataset, e.g. "PSSRU Unit Costs of Health and Social Care"
 * @param edition its edition, e.g. "2024" or "2024/25"
 * @param key the row's stable key within the edition
 * @param location where in the source the figure stands (table, section, page); may be empty
 * @param adjustments what was applied to the published figure, in order; may be empty
 * @since 0.1.0
 */
public record Provenance(String source, String edition, String key, String location, List<String> adjustments) {

  /**
   * Creates a provenance record.
   *
   * @param source the publication or dataset
   * @param edition its edition
   * @param key the row's key
   * @param location where in the source
   * @param adjustments what was applied since
   */
  public Provenance {
    Args.notBlank(source, "source");
    Args.notBlank(edition, "edition");
    Args.notBlank(key, "key");
    Args.notNull(location, "location");
    adjustments = List.copyOf(Args.noNullElements(adjustments, "adjustments"));
  }

  /**
   * A provenance record with no adjustments yet.
   *
   * @param source the publication or dataset
   * @param edition its edition
   * @param key the row's key
   * @param location where in the source
   * @return the record
   */
  public static Provenance of(String source, String edition, String key, String location) {
    return new Provenance(source, edition, key, location, List.of());
  }

  /**
   * A figure the caller supplied directly, with a description of where it came from.
   *
   * @param description e.g. "programme budget 2024/25, provider's accounts"
   * @return the record, source "user-supplied"
   */
  public static Provenance userSupplied(String description) {
    return new Provenance("user-supplied", "n/a", Args.notBlank(description, "description"), "", List.of());
  }

  /**
   * This record with one more adjustment appended.
   *
   * @param adjustment what was done, e.g. "rebased 2023/24 -> 2024/25 with NHSCII pay and prices (2025): x 1.0402"
   * @return the extended record
   */
  public Provenance withAdjustment(String adjustment) {
    Args.notBlank(adjustment, "adjustment");
    List<String> all = new ArrayList<>(adjustments);
    all.add(adjustment);
    return new Provenance(source, edition, key, location, all);
  }

  /**
   * One line for reports: {@code "NHS National Cost Collection 2024/25, ncc.x (table ...); rebased ..."}.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(source).append(' ').append(edition).append(", ").append(key);
    if (!location.isEmpty()) {
      sb.append(" (").append(location).append(')');
    }
    for (String a : adjustments) {
      sb.append("; ").append(a);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
