package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiOptionResult;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the counterfactual ROI of contact records, as the same {@link RoiResult} the ROI strategy
 * returns for an appraisal. Formulas in the package documentation.
 *
 * <p>How the result is filled: one option, the programme, whose {@code total} is every year's avoided
 * cost over every year's programme cost (in {@link PriceBasis#allYearsIn()} prices), {@code perYear}
 * one {@link RoiFigures} per financial year in that year's basis prices, {@code perStream} each
 * alternative's avoided cost over the whole programme cost (they add up to the total ratio), and
 * {@code fiscal} zero benefits, since an avoided use frees capacity rather than cash; the result's
 * {@link RoiResult#alternatives() alternatives} hold the contacts, valuation and own ROI of each
 * (alternative, year).
 *
 * <pre>{@code
 * RoiResult roi = CounterfactualRoi.analyse("Safe Haven", contacts, table,
 *     Map.of(FinancialYear.parse("2024/25"), cost), PriceBasis.constant(FinancialYear.parse("2024/25")));
 * roi.options().get(0).perYear();   // ROI ratio and net ROI per year
 * roi.alternatives();               // each alternative's unit cost / programme cost per contact
 * roi.unvalued();                   // alternatives with no unit cost, never costed at zero
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CounterfactualRoi {

  /** The strategy id carried by the result. */
  public static final String ID = "counterfactual-roi";

  private CounterfactualRoi() {
  }

  /**
   * Analyses contact records.
   *
   * @param programme the programme's name (the result's option)
   * @param records the included contacts
   * @param costs the valuation of each alternative
   * @param programmeCost the programme cost per financial year, in the basis's prices
   * @param basis nominal or constant prices
   * @return the result
   * @throws IllegalArgumentException if a programme cost is not positive, a year with contacts has no
   *     programme cost, or a unit or programme cost is not in the price base the basis requires
   */
  public static RoiResult analyse(String programme, ContactRecords records, AlternativeCostMap costs,
      Map<FinancialYear, Cost> programmeCost, PriceBasis basis) {
    Args.notBlank(programme, "programme");
    Args.notNull(records, "records");
    Args.notNull(costs, "costs");
    Args.noNullEntries(programmeCost, "programmeCost");
    Args.notNull(basis, "basis");
    Args.check(!programmeCost.isEmpty(), "programmeCost", "give the cost of at least one year", programmeCost);
    programmeCost.forEach((y, c) -> {
      Args.check(c.amount().signum() > 0, "programmeCost[" + y + "]", "be positive", c);
      if (!c.priceBase().equals(basis.priceBaseFor(y))) {
        throw new IllegalArgumentException("Programme cost of " + y + " is in " + c.priceBase() + " prices but the "
            + "analysis (" + basis.describe() + ") needs " + basis.priceBaseFor(y) + " prices; rebase it first");
      }
    });
    TreeMap<FinancialYear, TreeMap<String, Long>> counts = count(records.contacts());
    List<FinancialYear> uncosted = counts.keySet().stream().filter(y -> !programmeCost.containsKey(y)).toList();
    Args.check(uncosted.isEmpty(), "programmeCost", "give a cost for every year with contacts (missing "
        + uncosted + ")", programmeCost.keySet());
    // a programme year with no included contacts still counts: its cost is part of the all-years investment
    programmeCost.keySet().forEach(y -> counts.computeIfAbsent(y, k -> new TreeMap<>()));
    List<RoiFigures> byYear = new ArrayList<>();
    List<AlternativeYear> byAlt = new ArrayList<>();
    Map<String, Cost> avoidedByAlternative = new LinkedHashMap<>();
    LinkedHashSet<Provenance> sources = new LinkedHashSet<>();
    LinkedHashSet<String> assumptions = new LinkedHashSet<>();
    assumptions.add("Prices: " + basis.describe() + ".");
    assumptions.add("Each alternative's ROI = its unit cost / the programme cost per contact of the year "
        + "(programme cost / contacts analysed in the year).");
    Cost totalAvoided = Cost.zero(basis.allYearsIn());
    Cost totalProgramme = Cost.zero(basis.allYearsIn());
    for (Map.Entry<FinancialYear, TreeMap<String, Long>> year : counts.entrySet()) {
      FinancialYear y = year.getKey();
      FinancialYear base = basis.priceBaseFor(y);
      Cost programmeOfYear = programmeCost.get(y);
      long contacts = year.getValue().values().stream().mapToLong(Long::longValue).sum();
      Cost avoided = Cost.zero(base);
      for (Map.Entry<String, Long> alt : year.getValue().entrySet()) {
        Optional<AlternativeCosting> costing = costs.costOf(alt.getKey(), y);
        costing.ifPresent(k -> check(k, alt.getKey(), y, base, basis, sources, assumptions));
        Cost perContact = programmeOfYear.multipliedBy(BigDecimal.ONE.divide(BigDecimal.valueOf(contacts),
            MathContext.DECIMAL128));
        AlternativeYear row = AlternativeYear.of(alt.getKey(), y, alt.getValue(), costing, perContact);
        byAlt.add(row);
        if (row.avoidedCost().isPresent()) {
          avoided = avoided.plus(row.avoidedCost().get());
          avoidedByAlternative.merge(alt.getKey(), basis.forAllYears(row.avoidedCost().get()), Cost::plus);
        } else {
          assumptions.add("'" + alt.getKey() + "' has no unit cost and was not declared zero: its contacts are in "
              + "no avoided cost, so the ROI is incomplete.");
        }
      }
      byYear.add(RoiFigures.of(y.toString(), programmeOfYear, avoided));
      totalAvoided = totalAvoided.plus(basis.forAllYears(avoided));
      totalProgramme = totalProgramme.plus(basis.forAllYears(programmeOfYear));
    }
    List<RoiFigures> perAlternative = new ArrayList<>();
    for (Map.Entry<String, Cost> e : avoidedByAlternative.entrySet()) {
      perAlternative.add(RoiFigures.of(e.getKey(), totalProgramme, e.getValue()));
    }
    RoiFigures total = RoiFigures.of("all years", totalProgramme, totalAvoided);
    RoiFigures cashable = RoiFigures.of("cashable (an avoided use frees capacity, not cash)", totalProgramme,
        Cost.zero(basis.allYearsIn()));
    RoiOptionResult option = new RoiOptionResult(programme, total, cashable, byYear, List.of(), perAlternative,
        List.of());
    List<SourceReference> refs = new ArrayList<>();
    sources.forEach(p -> refs.add(new SourceReference(SourceReference.Kind.UNIT_COST, p.describe())));
    basis.rebasing().ifPresent(i -> refs.add(new SourceReference(SourceReference.Kind.PRICE_INDEX, i.describe())));
    return new RoiResult(ID, programme, "the service each contact would otherwise have used, as stated",
        List.of(option), refs, List.copyOf(assumptions), byAlt);
  }

  /**
   * Each valued alternative's own ROI over all years, in {@link PriceBasis#allYearsIn()} prices: the
   * avoided cost of the contacts naming it against the programme cost those contacts account for,
   * {@code investment = all-years programme cost x contacts naming it / all contacts analysed}, so
   * {@code roiRatio = (avoided cost / contacts naming it) / (programme cost / contacts analysed)}, its mean
   * unit cost over the programme cost per contact. Unvalued alternatives are in {@link RoiResult#unvalued()}.
   *
   * @param result a counterfactual ROI from {@link #analyse}
   * @return one pair of figures per valued alternative, labelled by the alternative, in the order of
   *     the programme's {@code perStream}
   * @throws IllegalArgumentException if the result carries no contacts
   */
  public static List<RoiFigures> allYearsByAlternative(RoiResult result) {
    Args.notNull(result, "result");
    long all = result.alternatives().stream().mapToLong(AlternativeYear::contacts).sum();
    Args.check(all > 0, "result", "carry the contacts of a counterfactual ROI", result.appraisalName());
    RoiOptionResult programme = result.options().get(0);
    List<RoiFigures> out = new ArrayList<>();
    for (RoiFigures stream : programme.perStream()) {
      long contacts = result.alternatives().stream().filter(a -> a.alternative().equals(stream.label()))
          .mapToLong(AlternativeYear::contacts).sum();
      Cost share = programme.total().investment().multipliedBy(BigDecimal.valueOf(contacts)
          .divide(BigDecimal.valueOf(all), MathContext.DECIMAL128));
      out.add(RoiFigures.of(stream.label(), share, stream.benefits()));
    }
    return List.copyOf(out);
  }

  /**
   * Contacts by financial year and alternative, in order. Counted in hash maps with a primitive
   * counter per pair (the loaders share one year object and one answer string per distinct value, so
   * most lookups end on an identity check), then sorted once.
   */
  private static TreeMap<FinancialYear, TreeMap<String, Long>> count(List<ContactRecords.Contact> contacts) {
    HashMap<FinancialYear, HashMap<String, long[]>> byYear = new HashMap<>();
    FinancialYear lastYear = null;
    HashMap<String, long[]> ofYear = null;
    for (ContactRecords.Contact c : contacts) {
      if (c.year() != lastYear) {
        lastYear = c.year();
        ofYear = byYear.computeIfAbsent(lastYear, y -> new HashMap<>());
      }
      long[] n = ofYear.get(c.alternative());
      if (n == null) {
        n = new long[1];
        ofYear.put(c.alternative(), n);
      }
      n[0]++;
    }
    TreeMap<FinancialYear, TreeMap<String, Long>> counts = new TreeMap<>();
    byYear.forEach((y, alternatives) -> {
      TreeMap<String, Long> sorted = new TreeMap<>();
      alternatives.forEach((a, n) -> sorted.put(a, n[0]));
      counts.put(y, sorted);
    });
    return counts;
  }

  private static void check(AlternativeCosting costing, String alternative, FinancialYear y, FinancialYear base,
      PriceBasis basis, LinkedHashSet<Provenance> sources, LinkedHashSet<String> assumptions) {
    if (costing instanceof AlternativeCosting.Costed costed) {
      Cost unit = costed.unitCost().cost();
      if (!unit.priceBase().equals(base)) {
        throw new IllegalArgumentException("Unit cost of '" + alternative + "' for contacts in " + y + " is in "
            + unit.priceBase() + " prices but the analysis (" + basis.describe() + ") needs " + base
            + " prices; rebase it first (" + costed.unitCost().provenance().describe() + ")");
      }
      Args.check(unit.amount().signum() >= 0, "unit cost of '" + alternative + "'", "not be negative", unit);
      sources.add(costed.unitCost().provenance());
    } else if (costing instanceof AlternativeCosting.DeclaredZero zero) {
      assumptions.add("'" + alternative + "' valued at zero: " + zero.reason() + ".");
    }
  }
}
