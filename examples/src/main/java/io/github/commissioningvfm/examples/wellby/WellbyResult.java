package io.github.commissioningvfm.examples.wellby;

import java.util.Objects;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.report.TextReport;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a WELLBY appraisal.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param counterfactual the counterfactual's name
 * @param valuePerWellby the value of one WELLBY, in the appraisal's price base
 * @param options the figures of each other option
 * @param sources the sources
 * @param assumptions the assumptions
 */
public record WellbyResult(String strategyId, String appraisalName, String counterfactual, Cost valuePerWellby,
    List<WellbyResult.Option> options, List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public WellbyResult {
    Objects.requireNonNull(strategyId, "strategyId");
    if (strategyId.isBlank()) {
      throw new IllegalArgumentException("strategyId must not be blank");
    }
    Objects.requireNonNull(appraisalName, "appraisalName");
    if (appraisalName.isBlank()) {
      throw new IllegalArgumentException("appraisalName must not be blank");
    }
    Objects.requireNonNull(counterfactual, "counterfactual");
    if (counterfactual.isBlank()) {
      throw new IllegalArgumentException("counterfactual must not be blank");
    }
    Objects.requireNonNull(valuePerWellby, "valuePerWellby");
    options = List.copyOf(options);
    sources = List.copyOf(sources);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * The WELLBY figures of one option against the counterfactual.
   *
   * @param option the option's name
   * @param incrementalWellbys present value of the WELLBYs gained over the counterfactual
   * @param wellbeingValue {@code incrementalWellbys x value per WELLBY}
   * @param incrementalCost present value of the extra cost
   * @param netValue {@code wellbeingValue - incrementalCost}
   * @param benefitCostRatio {@code wellbeingValue / incrementalCost}, undefined if the cost is not positive
   */
  public record Option(String option, BigDecimal incrementalWellbys, Cost wellbeingValue, Cost incrementalCost,
      Cost netValue, Figure benefitCostRatio) {
    /** Validates. */
    public Option {
      Objects.requireNonNull(option, "option");
    if (option.isBlank()) {
      throw new IllegalArgumentException("option must not be blank");
    }
      Objects.requireNonNull(incrementalWellbys, "incrementalWellbys");
      Objects.requireNonNull(wellbeingValue, "wellbeingValue");
      Objects.requireNonNull(incrementalCost, "incrementalCost");
      Objects.requireNonNull(netValue, "netValue");
      Objects.requireNonNull(benefitCostRatio, "benefitCostRatio");
      if (!wellbeingValue.priceBase().equals(incrementalCost.priceBase())
          || !netValue.priceBase().equals(incrementalCost.priceBase())) {
        throw new io.github.commissioningvfm.model.money.PriceBaseMismatchException("combine in WELLBY figures",
            incrementalCost.priceBase(), wellbeingValue.priceBase());
      }
    }
  }

  @Override
  public List<HeadlineFigure> headlines() {
    List<HeadlineFigure> out = new ArrayList<>();
    for (Option o : options) {
      out.add(HeadlineFigure.of(o.option(), WellbyStrategy.INCREMENTAL_WELLBYS,
          new Figure.Quantity(o.incrementalWellbys(), "WELLBYs")));
      out.add(HeadlineFigure.of(o.option(), WellbyStrategy.WELLBEING_VALUE, Figure.amount(o.wellbeingValue())));
      out.add(HeadlineFigure.of(o.option(), WellbyStrategy.INCREMENTAL_COST, Figure.amount(o.incrementalCost())));
      out.add(HeadlineFigure.of(o.option(), WellbyStrategy.NET_VALUE, Figure.amount(o.netValue())));
      out.add(HeadlineFigure.of(o.option(), WellbyStrategy.BENEFIT_COST_RATIO, o.benefitCostRatio()));
    }
    return out;
  }

  @Override
  public List<ResultTable> tables() {
    ResultTable.Builder t = ResultTable.builder("WELLBY appraisal against '" + counterfactual + "' (one WELLBY = "
            + valuePerWellby + ")", "option", "WELLBYs gained (PV)", "wellbeing value", "incremental cost",
        "net value", "benefit-cost ratio");
    for (Option o : options) {
      t.row(o.option(), new Figure.Quantity(o.incrementalWellbys(), "WELLBYs"), o.wellbeingValue(),
          o.incrementalCost(), o.netValue(), o.benefitCostRatio());
    }
    return List.of(t.build());
  }

  @Override
  public String toString() {
    return TextReport.render(this);
  }
}
