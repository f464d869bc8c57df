package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.internal.Flows;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * SROI of each option of an appraisal: every benefit stream of the option (net of its impact
 * adjustments) is a line of the impact map, its stakeholder the stream's recipient; the investment
 * is the present value of the option's costs over the counterfactual's. Discounting follows the
 * appraisal convention (year 0 undiscounted).
 *
 * @param id the strategy id
 * @param schedule the discount schedule
 */
public record SroiStrategy(String id, DiscountSchedule schedule) implements VfmStrategy<SroiResult> {

  /** The id of the built-in strategy. */
  public static final String ID = "sroi";

  /** SROI ratio: {@code present value of outcomes / investment}; switches at 1. */
  public static final Metric<Figure.Ratio> SROI_RATIO = Metric.ratio("sroi-ratio", "SROI ratio",
      "total present value / investment", 1);
  /** Net SROI ratio: {@code (present value - investment) / investment}; switches at 0. */
  public static final Metric<Figure.Ratio> NET_SROI_RATIO = Metric.ratio("net-sroi-ratio", "net SROI ratio",
      "(total present value - investment) / investment", 0);
  /** Net present value: {@code present value of outcomes - investment}; switches at 0. */
  public static final Metric<Figure.Amount> NET_PRESENT_VALUE = Metric.amount("net-present-value",
      "net present value", "total present value - investment", 0);

  private static final List<Metric<?>> METRICS = List.of(SROI_RATIO, NET_SROI_RATIO, NET_PRESENT_VALUE);

  /** Validates. */
  public SroiStrategy {
    Args.notBlank(id, "id");
    Args.notNull(schedule, "schedule");
  }

  /** Public no-argument constructor for {@link java.util.ServiceLoader}: same as {@link #greenBook()}. */
  public SroiStrategy() {
    this(ID, DiscountSchedule.greenBookStandard());
  }

  /**
   * SROI with the Green Book standard schedule.
   *
   * @return the strategy
   */
  public static SroiStrategy greenBook() {
    return new SroiStrategy();
  }

  @Override
  public String description() {
    return "Social return on investment: present value of outcomes per stakeholder over the investment";
  }

  @Override
  public Class<SroiResult> resultType() {
    return SroiResult.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return METRICS;
  }

  @Override
  public SroiResult evaluate(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    List<BigDecimal> factors = schedule.factors(appraisal.horizonYears());
    AppraisalOption cf = appraisal.counterfactualOption();
    List<SroiAccount> accounts = new ArrayList<>();
    for (AppraisalOption o : appraisal.alternatives()) {
      Cost investment = DiscountSchedule.presentValue(
          Flows.incrementalCosts(appraisal, o, Perspective.SOCIETY, OptimismBias.NONE), factors);
      List<SroiLine> lines = new ArrayList<>();
      for (BenefitStream s : o.benefits()) {
        lines.add(new SroiLine(s.recipient().name(), s.name(), DiscountSchedule.presentValue(s.netAmounts(), factors),
            s.valuation().provenance().describe()));
      }
      for (BenefitStream s : cf.benefits()) {
        lines.add(new SroiLine(s.recipient().name(), s.name() + " (counterfactual, subtracted)",
            DiscountSchedule.presentValue(s.netAmounts(), factors).multipliedBy(-1), s.valuation().provenance().describe()));
      }
      accounts.add(SroiAccount.of(o.name(), investment, lines));
    }
    List<String> assumptions = new ArrayList<>(appraisal.assumptions());
    assumptions.add("Each benefit stream, after its impact adjustments, is one line of the impact map");
    return SroiResult.of(id, appraisal.name(), accounts, schedule, assumptions);
  }
}
