package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.internal.Flows;
import io.github.commissioningvfm.vfm.internal.NumericFlows;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Return on investment of each option against the counterfactual (definitions in the package
 * documentation). {@link #undiscounted()} adds up amounts without discounting, as is usual for
 * ROI statements; {@link #withSchedule(DiscountSchedule)} discounts both sides.
 *
 * @param id the strategy id
 * @param schedule the discount schedule ({@link DiscountSchedule#none()} for undiscounted)
 * @param optimismBias the optimism-bias uplift on costs of options other than the counterfactual
 * @since 0.1.0
 */
public record RoiStrategy(String id, DiscountSchedule schedule, OptimismBias optimismBias) implements VfmStrategy<RoiResult>, FastHeadlines {

  /** The id of the built-in strategy. */
  public static final String ID = "roi";

  /** ROI ratio: {@code benefits / investment}, total, over the counterfactual; switches at 1. */
  public static final Metric<Figure.Ratio> ROI_RATIO = Metric.ratio("roi-ratio", "ROI ratio",
      "benefits / investment", 1);
  /** Net ROI: {@code (benefits - investment) / investment}; switches at 0. */
  public static final Metric<Figure.Ratio> NET_ROI = Metric.ratio("net-roi", "net ROI",
      "(benefits - investment) / investment", 0);
  /** The investment: option costs (after optimism bias) minus counterfactual costs. */
  public static final Metric<Figure.Amount> INVESTMENT = Metric.amount("investment", "investment",
      "option costs after optimism bias - counterfactual costs", 0);
  /** The benefits: option benefits minus counterfactual benefits, after impact adjustments. */
  public static final Metric<Figure.Amount> BENEFITS = Metric.amount("benefits", "benefits",
      "option net benefits - counterfactual net benefits", 0);

  private static final List<Metric<?>> METRICS = List.of(ROI_RATIO, NET_ROI, INVESTMENT, BENEFITS);

  /** Validates. */
  public RoiStrategy {
    Args.notBlank(id, "id");
    Args.notNull(schedule, "schedule");
    Args.notNull(optimismBias, "optimismBias");
  }

  /** Public no-argument constructor for {@link java.util.ServiceLoader}: same as {@link #undiscounted()}. */
  public RoiStrategy() {
    this(ID, DiscountSchedule.none(), OptimismBias.NONE);
  }

  /**
   * Undiscounted ROI without optimism bias.
   *
   * @return the strategy
   */
  public static RoiStrategy undiscounted() {
    return new RoiStrategy();
  }

  /**
   * Returns a copy with a discount schedule.
   *
   * @param newSchedule the schedule
   * @return the copy
   */
  public RoiStrategy withSchedule(DiscountSchedule newSchedule) {
    return new RoiStrategy(id, newSchedule, optimismBias);
  }

  /**
   * Returns a copy with an optimism-bias uplift.
   *
   * @param bias the uplift
   * @return the copy
   */
  public RoiStrategy withOptimismBias(OptimismBias bias) {
    return new RoiStrategy(id, schedule, bias);
  }

  /**
   * Returns a copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public RoiStrategy withId(String newId) {
    return new RoiStrategy(newId, schedule, optimismBias);
  }

  @Override
  public String description() {
    return "Return on investment: ROI ratio and net ROI, total and fiscal, per year, perspective and stream ("
        + schedule.name() + ")";
  }


  @Override
  public Class<RoiResult> resultType() {
    return RoiResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public Optional<NetBenefitBasis> netBenefit() {
    return Optional.of(new NetBenefitBasis(BENEFITS, INVESTMENT, "value of one pound of benefit"));
  }

  /**
   * The headline metrics in double precision, society perspective: {@code I = (1 + uplift) x PV(costs) -
   * PV(counterfactual costs)}, {@code B = PV(benefits) - PV(counterfactual benefits)}, ROI ratio
   * {@code B / I} and net ROI {@code B / I - 1} when {@code I > 0}.
   */
  @Override
  public FastHeadlines.Evaluator fastEvaluator(List<Metric<?>> metrics) {
    return NumericFlows.incrementalEvaluator(id, METRICS, Args.noNullElements(metrics, "metrics"), schedule,
        Perspective.SOCIETY, optimismBias.uplift().toDouble(), new NumericFlows.IncrementalFormula() {
          @Override
          public boolean defined(int metric, double investment, double benefits) {
            return metric >= 2 || investment > 0;
          }

          @Override
          public double value(int metric, double investment, double benefits) {
            return switch (metric) {
              case 0 -> benefits / investment;
              case 1 -> benefits / investment - 1;
              case 2 -> investment;
              default -> benefits;
            };
          }
        });
  }

  @Override
  public RoiResult evaluate(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    List<BigDecimal> factors = schedule.factors(appraisal.horizonYears());
    AppraisalOption cf = appraisal.counterfactualOption();
    List<RoiOptionResult> results = new ArrayList<>();
    for (AppraisalOption o : appraisal.alternatives()) {
      List<Cost> investment = Flows.incrementalCosts(appraisal, o, Perspective.SOCIETY, optimismBias);
      List<Cost> benefits = Flows.incrementalBenefits(appraisal, o, Perspective.SOCIETY, false);
      List<Cost> cashable = Flows.incrementalBenefits(appraisal, o, Perspective.SOCIETY, true);
      Cost totalInvestment = DiscountSchedule.presentValue(investment, factors);
      Cost totalBenefits = DiscountSchedule.presentValue(benefits, factors);
      List<RoiFigures> perYear = new ArrayList<>();
      for (int t = 0; t < appraisal.horizonYears(); t++) {
        perYear.add(RoiFigures.of("year " + t + " (" + appraisal.financialYear(t) + ")",
            investment.get(t).multipliedBy(factors.get(t)), benefits.get(t).multipliedBy(factors.get(t))));
      }
      List<RoiFigures> perPerspective = new ArrayList<>();
      for (Perspective p : Perspective.values()) {
        if (p == Perspective.SOCIETY) {
          continue;
        }
        Cost pc = DiscountSchedule.presentValue(Flows.incrementalCosts(appraisal, o, p, optimismBias), factors);
        Cost pb = DiscountSchedule.presentValue(Flows.incrementalBenefits(appraisal, o, p, false), factors);
        perPerspective.add(RoiFigures.of("perspective " + p, pc, pb));
      }
      List<RoiFigures> perStream = new ArrayList<>();
      List<BreakEven> breakEven = new ArrayList<>();
      for (BenefitStream s : o.benefits()) {
        Cost sb = DiscountSchedule.presentValue(Flows.benefits(appraisal, o, x -> x == s), factors);
        perStream.add(RoiFigures.of("stream " + s.name(), totalInvestment, sb));
        if (s.valuation() instanceof BenefitValuation.Quantified q
            && q.kind() == BenefitValuation.QuantityKind.AVOIDED_USE) {
          breakEven.add(breakEven(s.name(), q.totalQuantity(), sb, totalBenefits, totalInvestment));
        }
      }
      results.add(new RoiOptionResult(o.name(), RoiFigures.of("total", totalInvestment, totalBenefits),
          RoiFigures.of("fiscal (cashable only)", totalInvestment, DiscountSchedule.presentValue(cashable, factors)),
          perYear, perPerspective, perStream, breakEven));
    }
    List<SourceReference> sources = sources(appraisal);
    List<String> assumptions = new ArrayList<>(appraisal.assumptions());
    assumptions.add("Investment = option costs minus counterfactual costs; benefits = option benefits minus "
        + "counterfactual benefits, after impact adjustments");
    assumptions.add("Fiscal ROI counts cashable benefits only; per-perspective ROI divides the benefits a budget "
        + "receives by the costs it bears");
    return new RoiResult(id, appraisal.name(), cf.name(), results, sources, assumptions);
  }

  private static BreakEven breakEven(String stream, BigDecimal volume, Cost streamBenefits, Cost totalBenefits,
      Cost investment) {
    if (volume.signum() == 0 || streamBenefits.amount().signum() <= 0) {
      return new BreakEven(stream, volume, new Figure.Undefined("the stream yields no benefit per unit"),
          "no break-even volume");
    }
    BigDecimal perUnit = streamBenefits.amount().amount().divide(volume, MathContext.DECIMAL128);
    BigDecimal others = totalBenefits.minus(streamBenefits).amount().amount();
    BigDecimal needed = investment.amount().amount().subtract(others).divide(perUnit, MathContext.DECIMAL64);
    if (needed.signum() <= 0) {
      return new BreakEven(stream, volume, new Figure.Quantity(BigDecimal.ZERO, "units"),
          "the other benefits alone cover the investment");
    }
    return new BreakEven(stream, volume, new Figure.Quantity(needed, "units"), "volume needed for ROI ratio 1");
  }

  /**
   * The appraisal's own sources, then this strategy's discount schedule and optimism bias, as
   * {@link #evaluate(Appraisal)} lists them.
   */
  @Override
  public List<SourceReference> sources(Appraisal appraisal) {
    return Flows.sources(appraisal, schedule, optimismBias);
  }
}
