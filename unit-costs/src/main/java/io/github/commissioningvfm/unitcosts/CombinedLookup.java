package io.github.commissioningvfm.unitcosts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Two lookups in order of preference: the first that has a key answers. */
final class CombinedLookup implements UnitCostLookup {

  private final UnitCostLookup first;
  private final UnitCostLookup second;

  CombinedLookup(UnitCostLookup first, UnitCostLookup second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public Optional<UnitCost> find(String key) {
    Optional<UnitCost> found = first.find(key);
    return found.isPresent() ? found : second.find(key);
  }

  @Override
  public UnitCost get(String key) {
    Optional<UnitCost> found = find(key);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> editions = new ArrayList<>();
    collectEditions(first, key, editions);
    collectEditions(second, key, editions);
    throw new UnitCostNotFoundException(key, "the combined tables", keys(), editions);
  }

  private static void collectEditions(UnitCostLookup lookup, String key, List<String> into) {
    try {
      lookup.get(key);
    } catch (UnitCostNotFoundException e) {
      for (String edition : e.editionsWithKey()) {
        if (!into.contains(edition)) {
          into.add(edition);
        }
      }
    }
  }

  @Override
  public Set<String> keys() {
    Set<String> all = new LinkedHashSet<>(first.keys());
    all.addAll(second.keys());
    return Collections.unmodifiableSet(all);
  }
}
