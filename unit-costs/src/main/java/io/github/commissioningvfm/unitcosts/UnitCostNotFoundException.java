package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.unitcosts.internal.CloseMatches;
import java.util.Collection;
import java.util.List;

/**
 * Thrown when a key has no row in the table or catalogue asked. The message lists the closest
 * keys that do exist and the editions, if any, where the key itself exists.
 *
 * @since 0.1.0
 */
public final class UnitCostNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> closeMatches;
  private final List<String> editionsWithKey;

  /**
   * Creates the exception.
   *
   * @param key the key asked for
   * @param where what was searched, e.g. "ncc 2024/25"
   * @param available the keys that were available there
   * @param editionsWithKey the editions (e.g. "ncc 2023/24") where the key does exist
   */
  public UnitCostNotFoundException(String key, String where, Collection<String> available,
      List<String> editionsWithKey) {
    this(key, where, CloseMatches.of(key, available), List.copyOf(editionsWithKey));
  }

  private UnitCostNotFoundException(String key, String where, List<String> closeMatches,
      List<String> editionsWithKey) {
    super("No unit cost with key '" + key + "' in " + where + "; close matches: "
        + (closeMatches.isEmpty() ? "none" : String.join(", ", closeMatches))
        + "; editions with this key: " + (editionsWithKey.isEmpty() ? "none" : String.join(", ", editionsWithKey)));
    this.key = key;
    this.closeMatches = closeMatches;
    this.editionsWithKey = editionsWithKey;
  }

  /**
   * The key asked for.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The existing keys closest to the one asked for, closest first (at most five).
   *
   * @return the close matches
   */
  public List<String> closeMatches() {
    return closeMatches;
  }

  /**
   * The editions where the key exists, e.g. {@code ["ncc 2023/24"]}.
   *
   * @return the editions
   */
  public List<String> editionsWithKey() {
    return editionsWithKey;
  }
}
