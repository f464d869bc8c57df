package io.github.commissioningvfm.vfm.cua.strategy;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cea.CeaResult;
import io.github.commissioningvfm.vfm.cea.CeaStrategy;
import io.github.commissioningvfm.vfm.cea.CostEffect;
import io.github.commissioningvfm.vfm.cea.CostEffectiveness;
import io.github.commissioningvfm.vfm.cua.CohortAppraisal;
import io.github.commissioningvfm.vfm.cua.IncrementalAnalysis;
import io.github.commissioningvfm.vfm.cua.IncrementalTable;
import io.github.commissioningvfm.vfm.cua.NiceThreshold;
import io.github.commissioningvfm.vfm.cua.NiceThresholds;
import io.github.commissioningvfm.vfm.cua.StrategyOutcome;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cost-utility analysis as a value-for-money strategy. Each option's costs (from the chosen
 * perspective) and its {@link CohortAppraisal#QALY} effect stream are discounted with their
 * schedules (NICE reference case: 3.5% for both); the options then go through the full incremental
 * analysis ({@link IncrementalAnalysis}), and each option other than the counterfactual gets four
 * headline figures against the counterfactual: incremental cost {@code dC}, incremental QALYs
 * {@code dE}, {@code ICER = dC / dE} and incremental net monetary benefit
 * {@code INMB = lambda dE - dC} at the strategy's threshold. Its net benefit basis (QALYs valued at
 * lambda, less cost) gives the engine's PSA an acceptability curve and EVPI.
 *
 * <p>The present values come from the cost-effectiveness strategy's own discounting (one
 * computation for both methods).
 *
 * @param id the strategy id
 * @param costSchedule the discount schedule of costs
 * @param effectSchedule the discount schedule of QALYs
 * @param perspective whose costs count
 * @param threshold {@code lambda}, pounds per QALY, positive
 * @since 0.1.0
 */
public record CostUtilityStrategy(String id, DiscountSchedule costSchedule, DiscountSchedule effectSchedule,
    Perspective perspective, double threshold) implements VfmStrategy<CostUtilityResult> {

  /** The id of the standard strategy. */
  public static final String ID = "cua";

  /** Incremental present cost against the counterfactual. */
  public static final Metric<Figure.Amount> INCREMENTAL_COST = Metric.amount("incremental-cost", "incremental cost",
      "PV cost - PV cost of the counterfactual", 0);
  /** Incremental discounted QALYs against the counterfactual. */
  public static final Metric<Figure.Quantity> INCREMENTAL_QALYS = Metric.quantity("incremental-qalys",
      "incremental QALYs", "PV QALYs - PV QALYs of the counterfactual", "QALYs", 0);
  /** ICER against the counterfactual. */
  public static final Metric<Figure.Ratio> ICER = Metric.ratio("icer", "ICER",
      "(C1 - C0) / (E1 - E0) against the counterfactual, pounds per QALY", 0);
  /** Incremental net monetary benefit at the strategy's threshold. */
  public static final Metric<Figure.Amount> INMB = Metric.amount("inmb", "incremental net monetary benefit",
      "lambda x (E1 - E0) - (C1 - C0) at the strategy's threshold", 0);

  private static final List<Metric<?>> METRICS = List.of(INCREMENTAL_COST, INCREMENTAL_QALYS, ICER, INMB);

  /** Validates. */
  public CostUtilityStrategy {
    Args.notBlank(id, "id");
    Args.notNull(costSchedule, "costSchedule");
    Args.notNull(effectSchedule, "effectSchedule");
    Args.notNull(perspective, "perspective");
    Args.positive(threshold, "threshold");
  }

  /**
   * The NICE reference case: 3.5% for costs and QALYs, NHS perspective, the lower end of the NICE
   * range in force for all evaluations in December 2026 (GBP 20,000 per QALY, PMG36).
   *
   * @return the strategy
   */
  public static CostUtilityStrategy nice() {
    NiceThreshold range = NiceThresholds.inForce(YearMonth.of(2026, 12), NiceThreshold.Scope.ALL_EVALUATIONS)
        .orElseThrow();
    return new CostUtilityStrategy(ID, MarkovModel.niceReferenceCase(), MarkovModel.niceReferenceCase(),
        Perspective.NHS, range.lowerPerQaly());
  }

  /** Public no-argument constructor for {@link java.util.ServiceLoader}: the same as {@link #nice()}. */
  public CostUtilityStrategy() {
    this(ID, MarkovModel.niceReferenceCase(), MarkovModel.niceReferenceCase(), Perspective.NHS, 20_000);
  }

  /**
   * A copy at another threshold.
   *
   * @param lambda pounds per QALY
   * @return the copy
   */
  public CostUtilityStrategy withThreshold(double lambda) {
    return new CostUtilityStrategy(id, costSchedule, effectSchedule, perspective, lambda);
  }

  @Override
  public String description() {
    return "Cost-utility: incremental analysis by cost and QALYs, ICERs and net monetary benefit at GBP "
        + threshold + " per QALY";
  }

  @Override
  public Class<CostUtilityResult> resultType() {
    return CostUtilityResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public Optional<NetBenefitBasis> netBenefit() {
    return Optional.of(new NetBenefitBasis(INCREMENTAL_QALYS, INCREMENTAL_COST, "value of one QALY, in pounds"));
  }

  @Override
  public CostUtilityResult evaluate(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    appraisal.options().forEach(o -> o.effect(CohortAppraisal.QALY).orElseThrow(() -> new IllegalArgumentException(
        "Option '" + o.name() + "' has no '" + CohortAppraisal.QALY + "' effect stream: cost-utility needs QALYs on "
            + "every option")));
    CeaResult cea = new CeaStrategy(id, costSchedule, effectSchedule, perspective, List.of()).evaluate(appraisal);
    CeaResult.Measure qalys = cea.measures().stream().filter(m -> m.measure().equals(CohortAppraisal.QALY)).findFirst()
        .orElseThrow();
    List<StrategyOutcome> outcomes = new ArrayList<>();
    for (CostEffect ce : qalys.options()) {
      outcomes.add(new StrategyOutcome(ce.option(), ce.cost().amount().amount().doubleValue(),
          ce.effect().doubleValue()));
    }
    IncrementalTable table = IncrementalAnalysis.analyse(outcomes);
    CostEffect cf = qalys.options().stream().filter(c -> c.option().equals(appraisal.counterfactual())).findFirst()
        .orElseThrow();
    BigDecimal lambda = BigDecimal.valueOf(threshold);
    List<HeadlineFigure> headlines = new ArrayList<>();
    for (CostEffect ce : qalys.options()) {
      if (ce == cf) {
        continue;
      }
      Cost dc = ce.cost().minus(cf.cost());
      BigDecimal de = ce.effect().subtract(cf.effect());
      headlines.add(HeadlineFigure.of(ce.option(), INCREMENTAL_COST, Figure.amount(dc)));
      headlines.add(HeadlineFigure.of(ce.option(), INCREMENTAL_QALYS, new Figure.Quantity(de, INCREMENTAL_QALYS.unit())));
      headlines.add(HeadlineFigure.of(ce.option(), ICER, CostEffectiveness.icer(cf, ce)));
      headlines.add(HeadlineFigure.of(ce.option(), INMB, Figure.amount(
          new Cost(BigMoney.of(lambda.multiply(de)), dc.priceBase()).minus(dc))));
    }
    List<SourceReference> sources = new ArrayList<>(cea.sources());
    List<String> assumptions = new ArrayList<>(cea.assumptions());
    assumptions.add("Net monetary benefit at GBP " + lambda.toPlainString() + " per QALY");
    return new CostUtilityResult(id, appraisal.name(), appraisal.counterfactual(), threshold, table, headlines, sources,
        assumptions);
  }
}
