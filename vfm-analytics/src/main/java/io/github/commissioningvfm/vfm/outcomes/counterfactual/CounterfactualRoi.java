package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the counterfactual ROI of contact records. Formulas in the package documentation.
 *
 * <pre>{@code
 * CounterfactualRoiResult roi = CounterfactualRoi.analyse(contacts, table, Map.of(FinancialYear.parse("2024/25"), cost),
 *     PriceBasis.nominal());
 * roi.byYear().get(0).roiRatio();   // pounds avoided per pound spent
 * roi.unmapped();                   // alternatives with no unit cost, never costed at zero
 * }</pre>
 */
public final class CounterfactualRoi {

  private CounterfactualRoi() {
  }

  /**
   * Analyses contact records.
   *
   * @param records the included contacts
   * @param costs the valuation of each alternative
   * @param programmeCost the programme cost per financial year, in the basis's prices
   * @param basis nominal or constant prices
   * @return the result
   * @throws IllegalArgumentException if a programme cost is not positive, or a unit or programme cost is not
   *     in the price base the basis requires
   */
  public static CounterfactualRoiResult analyse(ContactRecords records, AlternativeCostMap costs,
      Map<FinancialYear, Cost> programmeCost, PriceBasis basis) {
    Args.notNull(records, "records");
    Args.notNull(costs, "costs");
    Args.noNullEntries(programmeCost, "programmeCost");
    Args.notNull(basis, "basis");
    programmeCost.forEach((y, c) -> {
      Args.check(c.amount().signum() > 0, "programmeCost[" + y + "]", "be positive", c);
      if (!c.priceBase().equals(basis.priceBaseFor(y))) {
        throw new IllegalArgumentException("Programme cost of " + y + " is in " + c.priceBase() + " prices but the "
            + describe(basis) + " analysis needs " + basis.priceBaseFor(y) + " prices; rebase it first");
      }
    });
    TreeMap<FinancialYear, TreeMap<String, Long>> counts = new TreeMap<>();
    for (ContactRecords.Contact c : records.contacts()) {
      counts.computeIfAbsent(c.year(), y -> new TreeMap<>()).merge(c.alternative(), 1L, Long::sum);
    }
    // a programme year with no included contacts still counts: its cost is part of the all-years investment
    programmeCost.keySet().forEach(y -> counts.computeIfAbsent(y, k -> new TreeMap<>()));
    List<YearRoi> byYear = new ArrayList<>();
    List<AlternativeYear> byAlt = new ArrayList<>();
    List<AlternativeYear> unmapped = new ArrayList<>();
    LinkedHashSet<Provenance> sources = new LinkedHashSet<>();
    Optional<Cost> totalAvoided = Optional.empty();
    Optional<Cost> totalProgramme = Optional.empty();
    boolean allYearsCosted = true;
    for (Map.Entry<FinancialYear, TreeMap<String, Long>> year : counts.entrySet()) {
      FinancialYear y = year.getKey();
      FinancialYear base = basis.priceBaseFor(y);
      Cost avoided = Cost.zero(base);
      long contacts = 0;
      long unmappedContacts = 0;
      for (Map.Entry<String, Long> alt : year.getValue().entrySet()) {
        long n = alt.getValue();
        contacts += n;
        Optional<AlternativeCosting> costing = costs.costOf(alt.getKey(), y);
        Optional<Cost> cost = costing.map(k -> {
          if (k instanceof AlternativeCosting.Costed costed) {
            Cost unit = costed.unitCost().cost();
            if (!unit.priceBase().equals(base)) {
              throw new IllegalArgumentException("Unit cost of '" + alt.getKey() + "' for contacts in " + y + " is in "
                  + unit.priceBase() + " prices but the " + describe(basis) + " analysis needs " + base
                  + " prices; rebase it first (" + costed.unitCost().provenance().describe() + ")");
            }
            Args.check(unit.amount().signum() >= 0, "unit cost of '" + alt.getKey() + "'", "not be negative", unit);
            sources.add(costed.unitCost().provenance());
            return unit.multipliedBy(n);
          }
          return Cost.zero(base);
        });
        AlternativeYear row = new AlternativeYear(alt.getKey(), y, n, costing, cost);
        byAlt.add(row);
        if (cost.isPresent()) {
          avoided = avoided.plus(cost.get());
        } else {
          unmapped.add(row);
          unmappedContacts += n;
        }
      }
      Optional<Cost> programme = Optional.ofNullable(programmeCost.get(y));
      Cost yearAvoided = avoided;
      Optional<RoiFigures> roi = programme.map(p -> RoiFigures.of(y.toString(), p, yearAvoided));
      Figure none = new Figure.Undefined("no programme cost given for " + y);
      byYear.add(new YearRoi(y, contacts, unmappedContacts, avoided, programme,
          roi.map(RoiFigures::roiRatio).orElse(none), roi.map(RoiFigures::netRoi).orElse(none)));
      if (basis.constantYear().isPresent()) {
        totalAvoided = Optional.of(totalAvoided.orElse(Cost.zero(base)).plus(avoided));
        if (programme.isPresent()) {
          totalProgramme = Optional.of(totalProgramme.orElse(Cost.zero(base)).plus(programme.get()));
        } else {
          allYearsCosted = false;
        }
      }
    }
    Figure overallRatio;
    Figure overallNet;
    if (basis.constantYear().isEmpty()) {
      overallRatio = new Figure.Undefined("years are in their own (nominal) prices and are not added; analyse with "
          + "PriceBasis.constant(year) for an all-years figure");
      overallNet = overallRatio;
    } else if (!allYearsCosted || totalProgramme.isEmpty()) {
      overallRatio = new Figure.Undefined("a year with contacts has no programme cost: "
          + byYear.stream().filter(y -> y.programmeCost().isEmpty()).map(y -> y.year().toString()).toList());
      overallNet = overallRatio;
    } else {
      RoiFigures all = RoiFigures.of("all years", totalProgramme.get(), totalAvoided.get());
      overallRatio = all.roiRatio();
      overallNet = all.netRoi();
    }
    return new CounterfactualRoiResult(basis, byYear, byAlt, unmapped, overallRatio, overallNet, List.copyOf(sources),
        records.report());
  }

  private static String describe(PriceBasis basis) {
    return basis.constantYear().map(y -> "constant " + y + " prices").orElse("nominal");
  }
}
