package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of a cost-effectiveness analysis, one {@link Measure} per outcome measure.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param counterfactual the counterfactual's name
 * @param measures the figures per measure
 * @param sources the sources
 * @param assumptions the assumptions
 * @since 0.1.0
 */
public record CeaResult(String strategyId, String appraisalName, String counterfactual, List<Measure> measures,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public CeaResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notBlank(counterfactual, "counterfactual");
    measures = List.copyOf(Args.noNullElements(measures, "measures"));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  /**
   * The figures of one outcome measure.
   *
   * @param measure the measure's name
   * @param options each option's cost and effect
   * @param costPerOutcome each option's cost per unit of outcome, by option name
   * @param icerVsCounterfactual each other option's ICER against the counterfactual, by option name
   * @param ranking the dominance ranking
   * @param netMonetaryBenefit per threshold (as text key, e.g. "20000"), each option's NMB by option name
   */
  public record Measure(String measure, List<CostEffect> options, Map<String, Figure> costPerOutcome,
      Map<String, Figure> icerVsCounterfactual, List<RankedOption> ranking, Map<String, Map<String, Cost>> netMonetaryBenefit) {
    /** Validates and copies. */
    public Measure {
      Args.notBlank(measure, "measure");
      options = List.copyOf(Args.noNullElements(options, "options"));
      costPerOutcome = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
          Args.noNullEntries(costPerOutcome, "costPerOutcome")));
      icerVsCounterfactual = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
          Args.noNullEntries(icerVsCounterfactual, "icerVsCounterfactual")));
      ranking = List.copyOf(Args.noNullElements(ranking, "ranking"));
      netMonetaryBenefit = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
          Args.noNullEntries(netMonetaryBenefit, "netMonetaryBenefit")));
    }
  }

  /**
   * The headline figures, for the first measure (the primary one): {@link CeaStrategy#INCREMENTAL_COST},
   * {@link CeaStrategy#INCREMENTAL_EFFECT} and {@link CeaStrategy#ICER} of each option against the
   * counterfactual.
   */
  @Override
  public List<HeadlineFigure> headlines() {
    List<HeadlineFigure> out = new ArrayList<>();
    if (measures.isEmpty()) {
      return out;
    }
    Measure primary = measures.get(0);
    CostEffect cf = primary.options().stream().filter(c -> c.option().equals(counterfactual)).findFirst().orElseThrow();
    for (CostEffect ce : primary.options()) {
      if (ce != cf) {
        out.add(HeadlineFigure.of(ce.option(), CeaStrategy.INCREMENTAL_COST, Figure.amount(ce.cost().minus(cf.cost()))));
        out.add(HeadlineFigure.of(ce.option(), CeaStrategy.INCREMENTAL_EFFECT,
            new Figure.Quantity(ce.effect().subtract(cf.effect()), CeaStrategy.INCREMENTAL_EFFECT.unit())));
        out.add(HeadlineFigure.of(ce.option(), CeaStrategy.ICER, primary.icerVsCounterfactual().get(ce.option())));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return io.github.commissioningvfm.vfm.report.TextReport.render(this);
  }

  @Override
  public List<ResultTable> tables() {
    List<ResultTable> out = new ArrayList<>();
    for (Measure m : measures) {
      ResultTable.Builder t = ResultTable.builder("Cost-effectiveness: " + m.measure() + " (against '" + counterfactual + "')",
          "option", "PV cost", "effect", "cost per unit", "ICER vs counterfactual", "status", "ICER on frontier");
      for (RankedOption r : m.ranking()) {
        String name = r.costEffect().option();
        Figure icer = m.icerVsCounterfactual().get(name);
        t.row(name, r.costEffect().cost(), new Figure.Quantity(r.costEffect().effect(), m.measure()),
            m.costPerOutcome().get(name), icer == null ? "-" : icer, r.status().label(), r.icer());
      }
      out.add(t.build());
      if (!m.netMonetaryBenefit().isEmpty()) {
        ResultTable.Builder n = ResultTable.builder("Net monetary benefit (lambda x effect - cost): " + m.measure(),
            "threshold", "option", "NMB");
        m.netMonetaryBenefit().entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparing(java.math.BigDecimal::new)))
            .forEach(e -> m.options().forEach(o -> n.row(e.getKey(), o.option(), e.getValue().get(o.option()))));
        out.add(n.build());
      }
    }
    return out;
  }
}
