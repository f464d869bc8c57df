package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a cost-benefit analysis.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param perspective the perspective of the headline figures
 * @param counterfactual the counterfactual's name
 * @param counterfactualPvCosts PV of the counterfactual's costs
 * @param counterfactualPvBenefits PV of the counterfactual's benefits
 * @param options the figures of each other option
 * @param sources the sources of the inputs
 * @param assumptions the assumptions
 */
public record CbaResult(String strategyId, String appraisalName, Perspective perspective, String counterfactual,
    Cost counterfactualPvCosts, Cost counterfactualPvBenefits, List<CbaOptionResult> options,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public CbaResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notNull(perspective, "perspective");
    Args.notBlank(counterfactual, "counterfactual");
    Args.notNull(counterfactualPvCosts, "counterfactualPvCosts");
    Args.notNull(counterfactualPvBenefits, "counterfactualPvBenefits");
    options = List.copyOf(Args.noNullElements(options, "options"));
    PriceBases.requireOne("combine in a cost-benefit result", counterfactualPvCosts, counterfactualPvBenefits);
    options.forEach(o -> PriceBases.requireOne("combine in a cost-benefit result", counterfactualPvCosts, o.pvCosts()));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  /**
   * The figures of one option.
   *
   * @param name the option's name
   * @return its figures
   * @throws IllegalArgumentException naming the options if there is none of that name
   */
  public CbaOptionResult option(String name) {
    return options.stream().filter(o -> o.option().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No cost-benefit result for option '" + name + "'; options are "
            + options.stream().map(CbaOptionResult::option).toList()));
  }

  /**
   * The headline figures: {@link CbaStrategy#NPSV}, {@link CbaStrategy#BCR},
   * {@link CbaStrategy#INCREMENTAL_COSTS} and {@link CbaStrategy#INCREMENTAL_BENEFITS} of each option.
   */
  @Override
  public List<HeadlineFigure> headlines() {
    List<HeadlineFigure> out = new ArrayList<>();
    for (CbaOptionResult o : options) {
      out.add(HeadlineFigure.of(o.option(), CbaStrategy.NPSV, Figure.amount(o.npsv())));
      out.add(HeadlineFigure.of(o.option(), CbaStrategy.BCR, o.bcr()));
      out.add(HeadlineFigure.of(o.option(), CbaStrategy.INCREMENTAL_COSTS, Figure.amount(o.incrementalCosts())));
      out.add(HeadlineFigure.of(o.option(), CbaStrategy.INCREMENTAL_BENEFITS, Figure.amount(o.incrementalBenefits())));
    }
    return out;
  }

  @Override
  public String toString() {
    return io.github.commissioningvfm.vfm.report.TextReport.render(this);
  }

  @Override
  public List<ResultTable> tables() {
    ResultTable.Builder main = ResultTable.builder("Cost-benefit analysis against '" + counterfactual + "' ("
            + perspective + " perspective, present values)",
        "option", "PV costs", "PV benefits", "incremental PV costs", "incremental PV benefits", "NPSV",
        "benefit-cost ratio", "payback year");
    main.row(counterfactual, counterfactualPvCosts, counterfactualPvBenefits,
        "-", "-", "-", "-", "-");
    for (CbaOptionResult o : options) {
      main.row(o.option(), o.pvCosts(), o.pvBenefits(), o.incrementalCosts(),
          o.incrementalBenefits(), o.npsv(), o.bcr(), o.paybackYear());
    }
    ResultTable.Builder who = ResultTable.builder("Who pays and who saves (incremental present values)",
        "option", "perspective", "costs borne", "benefits received", "net");
    for (CbaOptionResult o : options) {
      for (PerspectiveNet p : o.perspectives()) {
        who.row(o.option(), p.perspective(), p.costs(), p.benefits(), p.net());
      }
    }
    return List.of(main.build(), who.build());
  }
}
