package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cba.Flows;
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
public record RoiStrategy(String id, DiscountSchedule schedule, OptimismBias optimismBias) implements VfmStrategy {

  /** The id of the built-in strategy. */
  public static final String ID = "roi";

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

  /**
   * The total ROI figures of each option against the counterfactual, without the breakdowns: the
   * fast path for Monte Carlo and sensitivity analysis.
   *
   * @param appraisal the appraisal
   * @return the total figures by option name, in the appraisal's order
   */
  public java.util.Map<String, RoiFigures> totals(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    List<BigDecimal> factors = schedule.factors(appraisal.horizonYears());
    java.util.Map<String, RoiFigures> out = new java.util.LinkedHashMap<>();
    for (AppraisalOption o : appraisal.alternatives()) {
      out.put(o.name(), RoiFigures.of("total",
          DiscountSchedule.presentValue(Flows.incrementalCosts(appraisal, o, Perspective.SOCIETY, optimismBias), factors),
          DiscountSchedule.presentValue(Flows.incrementalBenefits(appraisal, o, Perspective.SOCIETY, false), factors)));
    }
    return out;
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
    List<SourceReference> sources = new ArrayList<>(SourceReference.of(appraisal));
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, schedule.describe()));
    sources.add(new SourceReference(SourceReference.Kind.OPTIMISM_BIAS, optimismBias.describe()));
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
      return new BreakEven(stream, volume, Optional.empty(), "undefined: the stream yields no benefit per unit");
    }
    BigDecimal perUnit = streamBenefits.amount().amount().divide(volume, MathContext.DECIMAL128);
    BigDecimal others = totalBenefits.minus(streamBenefits).amount().amount();
    BigDecimal needed = investment.amount().amount().subtract(others).divide(perUnit, MathContext.DECIMAL64);
    if (needed.signum() <= 0) {
      return new BreakEven(stream, volume, Optional.of(BigDecimal.ZERO),
          "the other benefits alone cover the investment");
    }
    return new BreakEven(stream, volume, Optional.of(needed), "volume needed for ROI ratio 1");
  }
}
