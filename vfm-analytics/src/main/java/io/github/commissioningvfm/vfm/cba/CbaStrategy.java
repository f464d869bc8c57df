package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.internal.Flows;
import io.github.commissioningvfm.vfm.internal.NumericFlows;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
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
 * Cost-benefit analysis: present values, net present social value, benefit-cost ratio and payback
 * year of each option against the counterfactual (formulas in the package documentation).
 *
 * <p>{@link #greenBook()} uses the Green Book standard schedule, no optimism bias and the society
 * perspective; change any of them with the {@code withX} methods. Its headline metrics are
 * {@link #NPSV}, {@link #BCR}, {@link #INCREMENTAL_COSTS} and {@link #INCREMENTAL_BENEFITS}; it offers
 * the {@link FastHeadlines} capability.
 *
 * @param id the strategy id
 * @param schedule the discount schedule
 * @param optimismBias the optimism-bias uplift on costs of options other than the counterfactual
 * @param perspective the perspective of the headline figures
 * @since 0.1.0
 */
public record CbaStrategy(String id, DiscountSchedule schedule, OptimismBias optimismBias, Perspective perspective)
    implements VfmStrategy<CbaResult>, FastHeadlines {

  /** The id of the built-in strategy. */
  public static final String ID = "cba";

  /** Net present social value: {@code incremental PV benefits - incremental PV costs}; switches at 0. */
  public static final Metric<Figure.Amount> NPSV = Metric.amount("npsv", "NPSV",
      "incremental PV benefits - incremental PV costs", 0);
  /** Benefit-cost ratio: {@code incremental PV benefits / incremental PV costs}; switches at 1. */
  public static final Metric<Figure.Ratio> BCR = Metric.ratio("bcr", "benefit-cost ratio",
      "incremental PV benefits / incremental PV costs", 1);
  /** Incremental PV costs: {@code PV costs (after optimism bias) - PV costs of the counterfactual}. */
  public static final Metric<Figure.Amount> INCREMENTAL_COSTS = Metric.amount("incremental-pv-costs",
      "incremental PV costs", "PV costs after optimism bias - PV costs of the counterfactual", 0);
  /** Incremental PV benefits: {@code PV benefits - PV benefits of the counterfactual}. */
  public static final Metric<Figure.Amount> INCREMENTAL_BENEFITS = Metric.amount("incremental-pv-benefits",
      "incremental PV benefits", "PV net benefits - PV net benefits of the counterfactual", 0);

  private static final List<Metric<?>> METRICS = List.of(NPSV, BCR, INCREMENTAL_COSTS, INCREMENTAL_BENEFITS);

  /** Validates. */
  public CbaStrategy {
    Args.notBlank(id, "id");
    Args.notNull(schedule, "schedule");
    Args.notNull(optimismBias, "optimismBias");
    Args.notNull(perspective, "perspective");
  }

  /**
   * Green Book standard discounting, no optimism bias, society perspective.
   *
   * @return the strategy
   */
  public static CbaStrategy greenBook() {
    return new CbaStrategy(ID, DiscountSchedule.greenBookStandard(), OptimismBias.NONE, Perspective.SOCIETY);
  }

  /**
   * Public no-argument constructor for {@link java.util.ServiceLoader}: same as {@link #greenBook()}.
   */
  public CbaStrategy() {
    this(ID, DiscountSchedule.greenBookStandard(), OptimismBias.NONE, Perspective.SOCIETY);
  }

  /**
   * Returns a copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public CbaStrategy withId(String newId) {
    return new CbaStrategy(newId, schedule, optimismBias, perspective);
  }

  /**
   * Returns a copy with another discount schedule.
   *
   * @param newSchedule the schedule
   * @return the copy
   */
  public CbaStrategy withSchedule(DiscountSchedule newSchedule) {
    return new CbaStrategy(id, newSchedule, optimismBias, perspective);
  }

  /**
   * Returns a copy with an optimism-bias uplift.
   *
   * @param bias the uplift
   * @return the copy
   */
  public CbaStrategy withOptimismBias(OptimismBias bias) {
    return new CbaStrategy(id, schedule, bias, perspective);
  }

  /**
   * Returns a copy with another headline perspective.
   *
   * @param newPerspective the perspective
   * @return the copy
   */
  public CbaStrategy withPerspective(Perspective newPerspective) {
    return new CbaStrategy(id, schedule, optimismBias, newPerspective);
  }

  @Override
  public String description() {
    return "Cost-benefit analysis: NPSV, benefit-cost ratio and payback year, discounted with " + schedule.name();
  }

  @Override
  public Class<CbaResult> resultType() {
    return CbaResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public Optional<NetBenefitBasis> netBenefit() {
    return Optional.of(new NetBenefitBasis(INCREMENTAL_BENEFITS, INCREMENTAL_COSTS,
        "value of one pound of monetised benefit (lambda = 1 gives the NPSV)"));
  }

  @Override
  public CbaResult evaluate(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    List<BigDecimal> factors = schedule.factors(appraisal.horizonYears());
    AppraisalOption cf = appraisal.counterfactualOption();
    List<Cost> cfCosts = Flows.costs(appraisal, cf, perspective, optimismBias);
    List<Cost> cfBenefits = Flows.benefits(appraisal, cf, perspective, false);
    List<CbaOptionResult> results = new ArrayList<>();
    for (AppraisalOption o : appraisal.alternatives()) {
      List<Cost> costs = Flows.costs(appraisal, o, perspective, optimismBias);
      List<Cost> benefits = Flows.benefits(appraisal, o, perspective, false);
      Cost pvCosts = DiscountSchedule.presentValue(costs, factors);
      Cost pvBenefits = DiscountSchedule.presentValue(benefits, factors);
      Cost incCosts = pvCosts.minus(DiscountSchedule.presentValue(cfCosts, factors));
      Cost incBenefits = pvBenefits.minus(DiscountSchedule.presentValue(cfBenefits, factors));
      List<Cost> incNet = Flows.minus(Flows.minus(benefits, cfBenefits), Flows.minus(costs, cfCosts));
      List<PerspectiveNet> perspectives = new ArrayList<>();
      for (Perspective p : Perspective.values()) {
        Cost pc = DiscountSchedule.presentValue(Flows.incrementalCosts(appraisal, o, p, optimismBias), factors);
        Cost pb = DiscountSchedule.presentValue(Flows.incrementalBenefits(appraisal, o, p, false), factors);
        perspectives.add(new PerspectiveNet(p, pc, pb, pb.minus(pc)));
      }
      results.add(new CbaOptionResult(o.name(), pvCosts, pvBenefits, incCosts, incBenefits, incBenefits.minus(incCosts),
          Figure.ratio(incBenefits.amount().amount(), incCosts.amount().amount(), "incremental present value of costs"),
          paybackYear(incNet, factors), perspectives));
    }
    return new CbaResult(id, appraisal.name(), perspective, cf.name(), DiscountSchedule.presentValue(cfCosts, factors),
        DiscountSchedule.presentValue(cfBenefits, factors), results, sources(appraisal), assumptions(appraisal));
  }

  /**
   * The headline metrics in double precision: {@code dC = (1 + uplift) x PV(costs) - PV(counterfactual
   * costs)}, {@code dB = PV(benefits) - PV(counterfactual benefits)} within the headline perspective,
   * {@code NPSV = dB - dC}, {@code BCR = dB / dC} when {@code dC > 0}.
   */
  @Override
  public FastHeadlines.Evaluator fastEvaluator(List<Metric<?>> metrics) {
    return NumericFlows.incrementalEvaluator(id, METRICS, Args.noNullElements(metrics, "metrics"), schedule,
        perspective, optimismBias.uplift().toDouble(), new NumericFlows.IncrementalFormula() {
          @Override
          public boolean defined(int metric, double dCosts, double dBenefits) {
            return metric != 1 || dCosts > 0;
          }

          @Override
          public double value(int metric, double dCosts, double dBenefits) {
            return switch (metric) {
              case 0 -> dBenefits - dCosts;
              case 1 -> dBenefits / dCosts;
              case 2 -> dCosts;
              default -> dBenefits;
            };
          }
        });
  }

  private static Figure paybackYear(List<Cost> incrementalNet, List<BigDecimal> factors) {
    Cost cumulative = Cost.zero(incrementalNet.get(0).priceBase());
    for (int t = 0; t < incrementalNet.size(); t++) {
      cumulative = cumulative.plus(incrementalNet.get(t).multipliedBy(factors.get(t)));
      if (cumulative.amount().signum() >= 0) {
        return new Figure.Count(t);
      }
    }
    return new Figure.Undefined("not paid back within the horizon");
  }

  /**
   * The appraisal's own sources, then this strategy's discount schedule and optimism bias, as
   * {@link #evaluate(Appraisal)} lists them.
   */
  @Override
  public List<SourceReference> sources(Appraisal appraisal) {
    return Flows.sources(appraisal, schedule, optimismBias);
  }

  private List<String> assumptions(Appraisal appraisal) {
    List<String> out = new ArrayList<>(appraisal.assumptions());
    out.add("All amounts in " + appraisal.priceBase() + " prices; year 0 is " + appraisal.firstYear()
        + " and is not discounted");
    out.add("Optimism bias applied to the costs of every option except the counterfactual '"
        + appraisal.counterfactual() + "'");
    out.add("Headline figures from the " + perspective + " perspective");
    return out;
  }
}
