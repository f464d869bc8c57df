package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which published edition supplies a unit cost for the contacts of each financial year.
 *
 * <ul>
 *   <li>{@link Edition#YEAR_EDITIONS}: each year's own edition, the one whose price base is the contacts'
 *       year, where one exists; otherwise the edition whose price base is nearest (the later one on a tie),
 *       rebased to the contacts' year with the stated index. This is how an evaluation that "costed each
 *       year from that year's published figures" is reproduced.</li>
 *   <li>{@link Edition#LATEST_EDITION}: one edition for every year, the newest that has the key, rebased to
 *       each year with the stated index.</li>
 * </ul>
 *
 * <p>Either way the returned cost's provenance names the edition and every rebasing, so a report can
 * say which edition and index supplied each value.
 *
 * @param edition which edition each year takes
 * @param index the index that rebases an edition's value to the price base asked for
 * @since 0.1.0
 */
public record UnitCostBasis(Edition edition, PriceIndexSeries index) {

  /** Which edition each year takes. */
  public enum Edition {
    /** Each year's own edition where one exists, else the nearest edition rebased. */
    YEAR_EDITIONS("each year's own published edition",
        "each year's own published edition where one exists, otherwise the nearest edition rebased"),
    /** The newest edition having the key, for every year, rebased. */
    LATEST_EDITION("one edition (the newest) rebased to every year",
        "one edition for every year (the newest that has each value), rebased");

    private final String label;
    private final String description;

    Edition(String label, String description) {
      this.label = label;
      this.description = description;
    }

    /**
     * The choice in a few words, e.g. "each year's own published edition".
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * Validates.
   *
   * @throws NullPointerException naming a missing part
   */
  public UnitCostBasis {
    Args.notNull(edition, "edition");
    Args.notNull(index, "index");
  }

  /**
   * Each year's own edition, falling back to the nearest edition rebased with {@code index}.
   *
   * @param index the fallback index
   * @return the basis
   */
  public static UnitCostBasis yearEditions(PriceIndexSeries index) {
    return new UnitCostBasis(Edition.YEAR_EDITIONS, index);
  }

  /**
   * The newest edition for every year, rebased with {@code index}.
   *
   * @param index the index
   * @return the basis
   */
  public static UnitCostBasis latestEdition(PriceIndexSeries index) {
    return new UnitCostBasis(Edition.LATEST_EDITION, index);
  }

  /**
   * The row of the edition chosen for contacts of one year.
   *
   * @param costs the catalogue
   * @param key the unit-cost key
   * @param contactYear the contacts' financial year
   * @return the row of the chosen edition
   * @throws io.github.commissioningvfm.unitcosts.UnitCostNotFoundException if no edition has the key
   */
  public UnitCost chosen(UnitCosts costs, String key, FinancialYear contactYear) {
    Args.notNull(costs, "costs");
    Args.notBlank(key, "key");
    Args.notNull(contactYear, "contactYear");
    if (edition == Edition.LATEST_EDITION) {
      return costs.get(key);
    }
    List<UnitCost> rows = new ArrayList<>();
    for (String source : costs.sources()) {
      for (UnitCostTable t : costs.tables(source)) {
        t.find(key).ifPresent(rows::add);
      }
    }
    if (rows.isEmpty()) {
      return costs.get(key);
    }
    // nearest price base first; on a tie the later price base; among equals the newest edition (last listed)
    Comparator<UnitCost> nearest = Comparator.comparingInt(
        (UnitCost u) -> Math.abs(u.value().priceBase().yearsUntil(contactYear)))
        .thenComparing(u -> u.value().priceBase(), Comparator.reverseOrder());
    UnitCost best = rows.get(0);
    for (UnitCost u : rows) {
      if (nearest.compare(u, best) <= 0) {
        best = u;
      }
    }
    return best;
  }

  /**
   * The value of a key for contacts of one year, in the price base asked for: the chosen edition's
   * value, rebased with {@link #index()} when its price base differs.
   *
   * @param costs the catalogue
   * @param key the unit-cost key
   * @param contactYear the contacts' financial year
   * @param priceBase the price base wanted (the contacts' year when nominal)
   * @return the value with its provenance and rebasing
   */
  public SourcedCost valueFor(UnitCosts costs, String key, FinancialYear contactYear, FinancialYear priceBase) {
    Args.notNull(priceBase, "priceBase");
    return index.inflatedTo(chosen(costs, key, contactYear).sourcedCost(), priceBase);
  }

  /**
   * The basis in words, e.g. "each year's own published edition where one exists, otherwise the nearest
   * edition rebased with HM Treasury GDP deflator at market prices (hmt-gdp-deflator, edition 2026-03)".
   *
   * @return the description
   */
  public String describe() {
    return edition.description + " with " + index.describe();
  }

  @Override
  public String toString() {
    return describe();
  }
}
