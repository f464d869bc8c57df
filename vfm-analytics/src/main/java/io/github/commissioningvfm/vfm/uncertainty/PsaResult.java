package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.report.TextReport;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a probabilistic sensitivity analysis of one strategy's metrics.
 *
 * @param strategyId {@code "psa"}
 * @param analysedStrategy the id of the strategy whose metrics were drawn
 * @param appraisalName the base-case appraisal's name
 * @param priceBase the price base of the amounts (the base case's)
 * @param settings the settings used (seed included)
 * @param options the counterfactual first, then the other options, in the appraisal's order
 * @param summaries a summary per option (other than the counterfactual) and metric
 * @param acceptability the acceptability curve with EVPI (empty if the strategy declares no net benefit)
 * @param draws the draws per option and metric
 * @param sources the sources of the base case
 * @param assumptions the assumptions
 */
public record PsaResult(String strategyId, String analysedStrategy, String appraisalName, FinancialYear priceBase,
    PsaSettings settings,
    List<String> options, List<PsaSummary> summaries, List<AcceptabilityPoint> acceptability, List<PsaDraws> draws,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public PsaResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(analysedStrategy, "analysedStrategy");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notNull(priceBase, "priceBase");
    Args.notNull(settings, "settings");
    options = List.copyOf(Args.notEmpty(options, "options"));
    summaries = List.copyOf(Args.noNullElements(summaries, "summaries"));
    acceptability = List.copyOf(Args.noNullElements(acceptability, "acceptability"));
    draws = List.copyOf(Args.noNullElements(draws, "draws"));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  /**
   * The summary of one option's metric.
   *
   * @param option the option's name
   * @param metric the metric's id
   * @return its summary
   */
  public PsaSummary summary(String option, String metric) {
    return summaries.stream().filter(s -> s.option().equals(option) && s.metric().equals(metric)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No PSA summary for option '" + option + "' and metric '"
            + metric + "'; there are " + summaries.stream().map(s -> s.option() + "/" + s.metric()).toList()));
  }

  /**
   * The draws of one option's metric.
   *
   * @param option the option's name
   * @param metric the metric's id
   * @return the draws
   */
  public PsaDraws drawsOf(String option, String metric) {
    return draws.stream().filter(d -> d.option().equals(option) && d.metric().equals(metric)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No PSA draws for option '" + option + "' and metric '"
            + metric + "'"));
  }

  /** The mean of each metric of each option. */
  @Override
  public List<HeadlineFigure> headlines() {
    return summaries.stream().map(s -> new HeadlineFigure(s.option(), s.metric(), s.mean())).toList();
  }

  @Override
  public List<ResultTable> tables() {
    ResultTable.Builder s = ResultTable.builder("Probabilistic sensitivity analysis of '" + analysedStrategy + "' ("
            + settings.iterations() + " iterations, seed " + settings.seed() + "; "
            + BigDecimal.valueOf(settings.intervalPercent()).stripTrailingZeros().toPlainString() + "% percentile intervals)",
        "option", "metric", "mean", "lower", "upper", "P(above switching target)", "undefined (iterations)");
    for (PsaSummary x : summaries) {
      s.row(x.option(), x.metricLabel(), x.mean(), x.lower(), x.upper(), x.probabilityAboveTarget(),
          x.undefinedIterations());
    }
    if (acceptability.isEmpty()) {
      return List.of(s.build());
    }
    List<String> columns = new ArrayList<>();
    columns.add("threshold");
    options.forEach(o -> columns.add("P(best): " + o));
    columns.add("EVPI (per appraisal)");
    ResultTable.Builder a = ResultTable.builder("Acceptability curve and EVPI", columns.toArray(new String[0]));
    for (AcceptabilityPoint p : acceptability) {
      List<Object> row = new ArrayList<>();
      row.add(new Figure.Quantity(BigDecimal.valueOf(p.threshold()), ""));
      options.forEach(o -> row.add(new Figure.Share(p.probabilityBest().get(o))));
      row.add(Figure.ofDouble(Figure.Kind.AMOUNT, p.evpi(), priceBase, ""));
      a.row(row.toArray());
    }
    return List.of(s.build(), a.build());
  }

  /**
   * The probability that each option is best at each threshold, as a map per option (for charts).
   *
   * @return option name to the list of probabilities, in threshold order
   */
  public Map<String, List<Double>> acceptabilityCurves() {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (String o : options) {
      out.put(o, acceptability.stream().map(p -> p.probabilityBest().get(o)).toList());
    }
    return out;
  }

  @Override
  public String toString() {
    return TextReport.render(this);
  }
}
