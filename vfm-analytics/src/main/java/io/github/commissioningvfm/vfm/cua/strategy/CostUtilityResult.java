package io.github.commissioningvfm.vfm.cua.strategy;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.vfm.cua.IncrementalRow;
import io.github.commissioningvfm.vfm.cua.IncrementalTable;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The result of a cost-utility analysis: the full incremental table and the headline figures of each
 * option against the counterfactual.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param counterfactual the counterfactual's name
 * @param threshold the threshold of the net monetary benefit, pounds per QALY
 * @param table the incremental analysis of all options
 * @param headlines the headline figures
 * @param sources the sources
 * @param assumptions the assumptions
 * @since 0.1.0
 */
public record CostUtilityResult(String strategyId, String appraisalName, String counterfactual, double threshold,
    IncrementalTable table, List<HeadlineFigure> headlines, List<SourceReference> sources, List<String> assumptions)
    implements VfmResult {

  /** Validates and copies. */
  public CostUtilityResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notBlank(counterfactual, "counterfactual");
    Args.positive(threshold, "threshold");
    Args.notNull(table, "table");
    headlines = List.copyOf(Args.noNullElements(headlines, "headlines"));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  @Override
  public List<ResultTable> tables() {
    ResultTable.Builder t = ResultTable.builder("Cost-utility: incremental analysis (per person)", "option", "PV cost",
        "PV QALYs", "incremental cost", "incremental QALYs", "ICER", "status");
    for (IncrementalRow r : table.rows()) {
      t.row(r.strategy(), money(r.outcome().cost()), String.format(Locale.ROOT, "%.4f", r.outcome().effect()),
          r.incrementalCost().isPresent() ? money(r.incrementalCost().getAsDouble()) : "-",
          r.incrementalEffect().isPresent() ? String.format(Locale.ROOT, "%.4f", r.incrementalEffect().getAsDouble())
              : "-",
          r.icer().isPresent() ? money(r.icer().getAsDouble()) : "-", r.status().toString());
    }
    return List.of(t.build());
  }

  private static String money(double v) {
    return Money.of(v, RoundingMode.HALF_UP).format();
  }

  @Override
  public String toString() {
    return "CostUtilityResult[" + appraisalName + ", counterfactual '" + counterfactual + "']\n" + table;
  }
}
