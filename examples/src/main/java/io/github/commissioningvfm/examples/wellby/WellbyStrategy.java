package io.github.commissioningvfm.examples.wellby;

import java.util.Objects;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wellbeing appraisal in WELLBYs: each option's effect stream {@value #MEASURE} holds, year by year,
 * the WELLBYs it produces (people x points of life satisfaction on the 0-10 scale x years).
 * WELLBYs are discounted with the Green Book health schedule (1.5%), costs with the standard one (3.5%),
 * and one WELLBY is valued at the HM Treasury figure rebased to the appraisal's price base:
 * <ul>
 *   <li>{@code WELLBYs = sum_t D_health(t) x (W_option(t) - W_counterfactual(t))};</li>
 *   <li>{@code wellbeing value = WELLBYs x value of one WELLBY};</li>
 *   <li>{@code incremental cost = sum_t D(t) x (C_option(t) - C_counterfactual(t))};</li>
 *   <li>{@code net value = wellbeing value - incremental cost}; {@code BCR = wellbeing value / incremental cost}.</li>
 * </ul>
 *
 * <p>The published value: HM Treasury, <i>Wellbeing Guidance for Appraisal: Supplementary Green Book
 * Guidance</i> (July 2021): one WELLBY (a one-point change in life satisfaction for one person for one
 * year) is worth £13,000 in 2019 prices and values (range £10,000 to £16,000). The library's GDP
 * deflator is by financial year, so the 2019 value is taken as 2019/20 prices (an assumption the
 * result states) and rebased with it.
 *
 * <p>This strategy uses only the public SPI; it has no fast path, so uncertainty analysis evaluates
 * it exactly, and it is found by {@code VfmEngine.builder().discoverStrategies()}.
 *
 * @param id the strategy id
 * @param valuePerWellby the value of one WELLBY with its provenance
 */
public record WellbyStrategy(String id, SourcedCost valuePerWellby) implements VfmStrategy<WellbyResult> {

  /** The id. */
  public static final String ID = "wellby";
  /** The effect measure read from the appraisal. */
  public static final String MEASURE = "WELLBYs";
  /** The published value of one WELLBY: £13,000. */
  public static final String PUBLISHED_VALUE = "13000";
  /** The price year of the published value, as a financial year. */
  public static final FinancialYear PUBLISHED_PRICES = FinancialYear.parse("2019/20");

  /** WELLBYs gained over the counterfactual, discounted at the health rate. */
  public static final Metric<Figure.Quantity> INCREMENTAL_WELLBYS = Metric.quantity("incremental-wellbys",
      "WELLBYs gained", "sum_t D_health(t) x (WELLBYs of option - WELLBYs of counterfactual)", "WELLBYs", 0);
  /** The wellbeing value of the WELLBYs gained. */
  public static final Metric<Figure.Amount> WELLBEING_VALUE = Metric.amount("wellbeing-value", "wellbeing value",
      "WELLBYs gained x value of one WELLBY", 0);
  /** The incremental present cost. */
  public static final Metric<Figure.Amount> INCREMENTAL_COST = Metric.amount("incremental-cost", "incremental cost",
      "PV costs of option - PV costs of counterfactual", 0);
  /** The net value; switches at 0. */
  public static final Metric<Figure.Amount> NET_VALUE = Metric.amount("net-value", "net wellbeing value",
      "wellbeing value - incremental cost", 0);
  /** The benefit-cost ratio; switches at 1. */
  public static final Metric<Figure.Ratio> BENEFIT_COST_RATIO = Metric.ratio("bcr", "benefit-cost ratio",
      "wellbeing value / incremental cost", 1);

  private static final List<Metric<?>> METRICS = List.of(INCREMENTAL_WELLBYS, WELLBEING_VALUE, INCREMENTAL_COST,
      NET_VALUE, BENEFIT_COST_RATIO);

  /** Validates. */
  public WellbyStrategy {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(valuePerWellby, "valuePerWellby");
  }

  /**
   * Public no-argument constructor for {@link java.util.ServiceLoader}: the published value rebased
   * to 2024/25 prices with the bundled HM Treasury GDP deflator.
   */
  public WellbyStrategy() {
    this(ID, publishedValueIn(FinancialYear.parse("2024/25")));
  }

  /**
   * The published value of one WELLBY rebased to a price base with the bundled GDP deflator:
   * {@code 13,000 x deflator(priceBase) / deflator(2019/20)}.
   *
   * @param priceBase the target price base
   * @return the value with its provenance (source, and the rebasing)
   */
  public static SourcedCost publishedValueIn(FinancialYear priceBase) {
    SourcedCost published = new SourcedCost(Cost.of(PUBLISHED_VALUE, PUBLISHED_PRICES.toString()),
        Provenance.of("HM Treasury, Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance", "July 2021",
            "value of one WELLBY", "£13,000 in 2019 prices and values (range £10,000 to £16,000), taken as 2019/20"));
    return UnitCosts.standard().gdpDeflator().inflatedTo(published, priceBase);
  }

  @Override
  public String description() {
    return "Wellbeing appraisal: WELLBYs gained, valued at HM Treasury's WELLBY value (" + valuePerWellby.cost() + ")";
  }

  @Override
  public Class<WellbyResult> resultType() {
    return WellbyResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public Optional<NetBenefitBasis> netBenefit() {
    return Optional.of(new NetBenefitBasis(INCREMENTAL_WELLBYS, INCREMENTAL_COST, "value of one WELLBY, in pounds"));
  }

  @Override
  public WellbyResult evaluate(Appraisal appraisal) {
    Objects.requireNonNull(appraisal, "appraisal");
    Cost unit = valuePerWellby.cost();
    if (!unit.priceBase().equals(appraisal.priceBase())) {
      throw new IllegalArgumentException("The WELLBY value is in " + unit.priceBase() + " prices but appraisal '"
          + appraisal.name() + "' is in " + appraisal.priceBase() + " prices; use WellbyStrategy.publishedValueIn("
          + "FinancialYear.parse(\"" + appraisal.priceBase() + "\"))");
    }
    int years = appraisal.horizonYears();
    List<BigDecimal> health = DiscountSchedule.greenBookHealth().factors(years);
    List<BigDecimal> standard = DiscountSchedule.greenBookStandard().factors(years);
    AppraisalOption cf = appraisal.counterfactualOption();
    BigDecimal cfWellbys = wellbys(appraisal, cf, health);
    Cost cfCost = cost(appraisal, cf, standard);
    List<WellbyResult.Option> out = new ArrayList<>();
    for (AppraisalOption o : appraisal.alternatives()) {
      BigDecimal gained = wellbys(appraisal, o, health).subtract(cfWellbys);
      Cost value = unit.multipliedBy(gained);
      Cost extra = cost(appraisal, o, standard).minus(cfCost);
      out.add(new WellbyResult.Option(o.name(), gained, value, extra, value.minus(extra),
          Figure.ratio(value.amount().amount(), extra.amount().amount(), "incremental cost")));
    }
    List<SourceReference> sources = new ArrayList<>(SourceReference.of(appraisal));
    sources.add(new SourceReference(SourceReference.Kind.VALUE, valuePerWellby.provenance().describe()));
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, "WELLBYs: "
        + DiscountSchedule.greenBookHealth().describe()));
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, "costs: "
        + DiscountSchedule.greenBookStandard().describe()));
    List<String> assumptions = new ArrayList<>(appraisal.assumptions());
    assumptions.add("The published WELLBY value in 2019 prices is taken as 2019/20 prices for rebasing by financial year");
    assumptions.add("Effect stream '" + MEASURE + "' holds WELLBYs per year: people x life-satisfaction points");
    return new WellbyResult(id, appraisal.name(), cf.name(), unit, out, sources, assumptions);
  }

  private static BigDecimal wellbys(Appraisal appraisal, AppraisalOption option, List<BigDecimal> factors) {
    EffectStream e = option.effect(MEASURE).orElseThrow(() -> new IllegalArgumentException("Option '" + option.name()
        + "' of appraisal '" + appraisal.name() + "' has no effect stream '" + MEASURE + "'"));
    BigDecimal total = BigDecimal.ZERO;
    for (int t = 0; t < factors.size(); t++) {
      total = total.add(e.quantities().get(t).multiply(factors.get(t)));
    }
    return total;
  }

  private static Cost cost(Appraisal appraisal, AppraisalOption option, List<BigDecimal> factors) {
    Cost total = Cost.zero(appraisal.priceBase());
    for (CostStream s : option.costs()) {
      total = total.plus(DiscountSchedule.presentValue(s.amounts(), factors));
    }
    return total;
  }
}
