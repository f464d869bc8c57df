package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable {@link AlternativeCostMap} built in code: unit costs per (alternative, year) and
 * zero-cost declarations per alternative. Alternatives match case-insensitively
 * ({@link Locale#ROOT}) after trimming.
 *
 * @since 0.1.0
 */
public final class AlternativeCostTable implements AlternativeCostMap {

  private final Map<String, SourcedCost> costs;
  private final Map<String, String> zeros;

  private AlternativeCostTable(Map<String, SourcedCost> costs, Map<String, String> zeros) {
    this.costs = Map.copyOf(costs);
    this.zeros = Map.copyOf(zeros);
  }

  /**
   * Starts a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<AlternativeCosting> costOf(String alternative, FinancialYear year) {
    String key = norm(alternative);
    String zero = zeros.get(key);
    if (zero != null) {
      return Optional.of(new AlternativeCosting.DeclaredZero(zero));
    }
    SourcedCost c = costs.get(key + "|" + year);
    return c == null ? Optional.empty() : Optional.of(new AlternativeCosting.Costed(c));
  }

  private static String norm(String alternative) {
    return Args.notNull(alternative, "alternative").strip().toLowerCase(Locale.ROOT);
  }

  /** Builds an {@link AlternativeCostTable}. */
  public static final class Builder {
    private final Map<String, SourcedCost> costs = new HashMap<>();
    private final Map<String, String> zeros = new HashMap<>();
    private UnitCosts catalogue;
    private UnitCostBasis unitCostBasis;
    private PriceBasis priceBasis;
    private List<FinancialYear> years;

    private Builder() {
    }

    /**
     * Sets how {@link #key} values an alternative from a unit-cost catalogue.
     *
     * @param costs the catalogue
     * @param unitCostBasis which edition supplies each year's value
     * @param priceBasis the analysis's prices (each value is rebased to {@link PriceBasis#priceBaseFor})
     * @param years the contact years to value
     * @return this builder
     */
    public Builder valuedFrom(UnitCosts costs, UnitCostBasis unitCostBasis, PriceBasis priceBasis,
        List<FinancialYear> years) {
      this.catalogue = Args.notNull(costs, "costs");
      this.unitCostBasis = Args.notNull(unitCostBasis, "unitCostBasis");
      this.priceBasis = Args.notNull(priceBasis, "priceBasis");
      this.years = List.copyOf(Args.notEmpty(Args.noNullElements(years, "years"), "years"));
      return this;
    }

    /**
     * Values an alternative in every year from one unit-cost key, with the catalogue and bases set by
     * {@link #valuedFrom}: {@code unitCostBasis.valueFor(costs, key, year, priceBasis.priceBaseFor(year))}.
     *
     * @param alternative the alternative
     * @param key the unit-cost key that stands for one use of it
     * @return this builder
     * @throws IllegalStateException if {@link #valuedFrom} was not called
     */
    public Builder key(String alternative, String key) {
      if (catalogue == null) {
        throw new IllegalStateException("Call valuedFrom(costs, unitCostBasis, priceBasis, years) before key('"
            + alternative + "', '" + key + "')");
      }
      for (FinancialYear year : years) {
        cost(alternative, year, unitCostBasis.valueFor(catalogue, key, year, priceBasis.priceBaseFor(year)));
      }
      return this;
    }

    /**
     * Sets the unit cost of an alternative in one financial year.
     *
     * @param alternative the alternative
     * @param year the contacts' financial year
     * @param unitCost the cost of one use, in the analysis's price basis
     * @return this builder
     */
    public Builder cost(String alternative, FinancialYear year, SourcedCost unitCost) {
      Args.notBlank(alternative, "alternative");
      Args.notNull(year, "year");
      Args.notNull(unitCost, "unitCost");
      Args.check(!zeros.containsKey(norm(alternative)), "alternative", "not be both costed and declared zero",
          alternative);
      Args.check(costs.putIfAbsent(norm(alternative) + "|" + year, unitCost) == null, "alternative",
          "have one unit cost per year, but " + year + " is set twice", alternative);
      return this;
    }

    /**
     * Declares an alternative to carry no cost, in every year.
     *
     * @param alternative the alternative
     * @param reason why zero
     * @return this builder
     */
    public Builder declareZero(String alternative, String reason) {
      Args.notBlank(alternative, "alternative");
      Args.notBlank(reason, "reason");
      String key = norm(alternative);
      Args.check(costs.keySet().stream().noneMatch(k -> k.startsWith(key + "|")), "alternative",
          "not be both costed and declared zero", alternative);
      zeros.put(key, reason);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public AlternativeCostTable build() {
      return new AlternativeCostTable(costs, zeros);
    }
  }
}
