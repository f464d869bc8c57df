package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.internal.Flows;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import java.util.Optional;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost-effectiveness of every option on each effect measure the appraisal's options carry.
 * Costs are the options' costs from the chosen perspective, discounted with {@code costSchedule};
 * effects are discounted with {@code effectSchedule}. Every option must carry every measure
 * analysed, or evaluation fails naming the option and the measure.
 *
 * @param id the strategy id
 * @param costSchedule the discount schedule for costs
 * @param effectSchedule the discount schedule for effects
 * @param perspective whose costs count
 * @param thresholds values of one unit of effect at which to give net monetary benefit (may be empty)
 */
public record CeaStrategy(String id, DiscountSchedule costSchedule, DiscountSchedule effectSchedule,
    Perspective perspective, List<Cost> thresholds) implements VfmStrategy<CeaResult> {

  /** The id of the built-in strategy. */
  public static final String ID = "cea";

  /** Incremental present cost of an option over the counterfactual (primary measure's costs). */
  public static final Metric<Figure.Amount> INCREMENTAL_COST = Metric.amount("incremental-cost", "incremental cost",
      "PV cost - PV cost of the counterfactual", 0);
  /** Incremental present effect on the primary (first) measure over the counterfactual. */
  public static final Metric<Figure.Quantity> INCREMENTAL_EFFECT = Metric.quantity("incremental-effect",
      "incremental effect", "PV effect - PV effect of the counterfactual, on the first measure", "outcome units", 0);
  /** ICER against the counterfactual on the primary measure: {@code (C1 - C0) / (E1 - E0)}. */
  public static final Metric<Figure.Ratio> ICER = Metric.ratio("icer", "ICER",
      "(C1 - C0) / (E1 - E0) against the counterfactual, first measure", 0);

  private static final List<Metric<?>> METRICS = List.of(INCREMENTAL_COST, INCREMENTAL_EFFECT, ICER);

  /** Validates and copies. */
  public CeaStrategy {
    Args.notBlank(id, "id");
    Args.notNull(costSchedule, "costSchedule");
    Args.notNull(effectSchedule, "effectSchedule");
    Args.notNull(perspective, "perspective");
    thresholds = List.copyOf(Args.noNullElements(thresholds, "thresholds"));
    PriceBases.requireOne("combine as cost-effectiveness thresholds", thresholds);
  }

  /**
   * Green Book standard schedule for costs, Green Book health schedule for effects, society
   * perspective, no thresholds.
   *
   * @return the strategy
   */
  public static CeaStrategy standard() {
    return new CeaStrategy(ID, DiscountSchedule.greenBookStandard(), DiscountSchedule.greenBookHealth(),
        Perspective.SOCIETY, List.of());
  }

  /** Public no-argument constructor for {@link java.util.ServiceLoader}: same as {@link #standard()}. */
  public CeaStrategy() {
    this(ID, DiscountSchedule.greenBookStandard(), DiscountSchedule.greenBookHealth(), Perspective.SOCIETY, List.of());
  }

  /**
   * Returns a copy with net-monetary-benefit thresholds.
   *
   * @param values the values of one unit of effect
   * @return the copy
   */
  public CeaStrategy withThresholds(List<Cost> values) {
    return new CeaStrategy(id, costSchedule, effectSchedule, perspective, values);
  }

  /**
   * Returns a copy with other discount schedules.
   *
   * @param costs the schedule for costs
   * @param effects the schedule for effects
   * @return the copy
   */
  public CeaStrategy withSchedules(DiscountSchedule costs, DiscountSchedule effects) {
    return new CeaStrategy(id, costs, effects, perspective, thresholds);
  }

  @Override
  public String description() {
    return "Cost-effectiveness: cost per outcome, ICER, net monetary benefit and dominance ranking";
  }

  @Override
  public Class<CeaResult> resultType() {
    return CeaResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public Optional<NetBenefitBasis> netBenefit() {
    return Optional.of(new NetBenefitBasis(INCREMENTAL_EFFECT, INCREMENTAL_COST,
        "value of one unit of the first outcome measure, in pounds"));
  }

  @Override
  public CeaResult evaluate(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    Set<String> measures = new LinkedHashSet<>();
    appraisal.options().forEach(o -> o.effects().forEach(e -> measures.add(e.measure())));
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("Appraisal '" + appraisal.name()
          + "' has no effect streams: cost-effectiveness needs an outcome measure on every option");
    }
    List<BigDecimal> costFactors = costSchedule.factors(appraisal.horizonYears());
    List<BigDecimal> effectFactors = effectSchedule.factors(appraisal.horizonYears());
    List<CeaResult.Measure> results = new ArrayList<>();
    for (String measure : measures) {
      List<CostEffect> ces = new ArrayList<>();
      for (AppraisalOption o : appraisal.options()) {
        EffectStream e = o.effect(measure).orElseThrow(() -> new IllegalArgumentException("Option '" + o.name()
            + "' has no effect stream for measure '" + measure + "'"));
        Cost cost = DiscountSchedule.presentValue(Flows.costs(appraisal, o, perspective, OptimismBias.NONE), costFactors);
        BigDecimal effect = BigDecimal.ZERO;
        for (int t = 0; t < appraisal.horizonYears(); t++) {
          effect = effect.add(e.quantities().get(t).multiply(effectFactors.get(t)));
        }
        ces.add(new CostEffect(o.name(), cost, effect));
      }
      CostEffect cf = ces.stream().filter(c -> c.option().equals(appraisal.counterfactual())).findFirst().orElseThrow();
      Map<String, Figure> perUnit = new LinkedHashMap<>();
      Map<String, Figure> icers = new LinkedHashMap<>();
      for (CostEffect ce : ces) {
        perUnit.put(ce.option(), CostEffectiveness.costPerOutcome(ce.cost(), ce.effect()));
        if (ce != cf) {
          icers.put(ce.option(), CostEffectiveness.icer(cf, ce));
        }
      }
      Map<String, Map<String, Cost>> nmb = new LinkedHashMap<>();
      for (Cost lambda : thresholds) {
        Map<String, Cost> row = new LinkedHashMap<>();
        ces.forEach(ce -> row.put(ce.option(), CostEffectiveness.netMonetaryBenefit(ce, lambda)));
        nmb.put(lambda.amount().amount().toPlainString(), row);
      }
      results.add(new CeaResult.Measure(measure, ces, perUnit, icers, CostEffectiveness.rank(ces), nmb));
    }
    List<SourceReference> sources = new ArrayList<>(SourceReference.of(appraisal));
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, "costs: " + costSchedule.describe()));
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, "effects: " + effectSchedule.describe()));
    List<String> assumptions = new ArrayList<>(appraisal.assumptions());
    assumptions.add("Costs from the " + perspective + " perspective, without optimism bias");
    return new CeaResult(id, appraisal.name(), appraisal.counterfactual(), results, sources, assumptions);
  }
}
