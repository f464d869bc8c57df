package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;
import java.util.Set;

/**
 * Something unit costs can be looked up in by key: one table edition, a catalogue, or a
 * combination of several in order of preference.
 *
 * @since 0.1.0
 */
public interface UnitCostLookup {

  /**
   * The row with a key (or with a key that this lookup knows as an alias of it).
   *
   * @param key the key
   * @return the row, or empty if there is none
   */
  Optional<UnitCost> find(String key);

  /**
   * The row with a key.
   *
   * @param key the key
   * @return the row
   * @throws UnitCostNotFoundException listing close matches and the editions holding the key
   */
  UnitCost get(String key);

  /**
   * Every key this lookup answers, aliases excluded.
   *
   * @return the keys
   */
  Set<String> keys();

  /**
   * A lookup that answers from this one first and falls back to another: a local table over the
   * national figures, e.g. {@code localTable.combinedWith(UnitCosts.standard().latest("ncc"))}.
   * Each row keeps its own provenance, so a result still names the table it came from.
   *
   * @param fallback the lookup asked when this one has no row for a key
   * @return the combined lookup
   */
  default UnitCostLookup combinedWith(UnitCostLookup fallback) {
    Args.notNull(fallback, "fallback");
    return new CombinedLookup(this, fallback);
  }
}
