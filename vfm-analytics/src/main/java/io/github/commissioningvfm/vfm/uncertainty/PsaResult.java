package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Format;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The result of a probabilistic sensitivity analysis.
 *
 * @param strategyId {@code "psa"}
 * @param appraisalName the base-case appraisal's name
 * @param settings the settings used (seed included)
 * @param options the counterfactual first, then the other options, in the appraisal's order
 * @param summaries per-option summaries (options other than the counterfactual)
 * @param acceptability the acceptability curve with EVPI
 * @param npvSamples the NPV of each option (other than the counterfactual) in each iteration, option-major
 * @param sources the sources of the base case and the strategies
 * @param assumptions the assumptions
 * @since 0.1.0
 */
public record PsaResult(String strategyId, String appraisalName, PsaSettings settings, List<String> options,
    List<PsaOptionSummary> summaries, List<AcceptabilityPoint> acceptability, List<double[]> npvSamples,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies (sample arrays are copied too). */
  public PsaResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notNull(settings, "settings");
    options = List.copyOf(Args.notEmpty(options, "options"));
    summaries = List.copyOf(Args.noNullElements(summaries, "summaries"));
    acceptability = List.copyOf(Args.noNullElements(acceptability, "acceptability"));
    npvSamples = Args.noNullElements(npvSamples, "npvSamples").stream().map(double[]::clone).toList();
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  /**
   * The NPV draws, one array per option other than the counterfactual (copies).
   *
   * @return the draws, option-major
   */
  @Override
  public List<double[]> npvSamples() {
    return npvSamples.stream().map(double[]::clone).toList();
  }

  /**
   * The summary of one option.
   *
   * @param option the option's name
   * @return its summary
   */
  public PsaOptionSummary summary(String option) {
    return summaries.stream().filter(s -> s.option().equals(option)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No PSA summary for option '" + option + "'; options are "
            + summaries.stream().map(PsaOptionSummary::option).toList()));
  }

  /**
   * The NPV draws of one option, iteration by iteration (a copy).
   *
   * @param option the option's name
   * @return the draws
   */
  public double[] npvSamplesOf(String option) {
    int i = summaries.indexOf(summary(option));
    return npvSamples.get(i).clone();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PsaResult other)) {
      return false;
    }
    if (npvSamples.size() != other.npvSamples.size()) {
      return false;
    }
    for (int i = 0; i < npvSamples.size(); i++) {
      if (!Arrays.equals(npvSamples.get(i), other.npvSamples.get(i))) {
        return false;
      }
    }
    return strategyId.equals(other.strategyId) && appraisalName.equals(other.appraisalName)
        && settings.iterations() == other.settings.iterations() && settings.seed() == other.settings.seed()
        && options.equals(other.options) && summaries.equals(other.summaries)
        && acceptability.equals(other.acceptability);
  }

  @Override
  public int hashCode() {
    return summaries.hashCode();
  }

  @Override
  public List<ResultTable> tables() {
    double tail = (100 - settings.intervalPercent()) / 2;
    String lo = Format.decimal(tail, 1);
    String hi = Format.decimal(100 - tail, 1);
    ResultTable.Builder s = ResultTable.builder("Probabilistic sensitivity analysis (" + settings.iterations()
            + " iterations, seed " + settings.seed() + ")",
        "option", "mean NPV", "NPV P" + lo, "NPV P" + hi, "P(NPV > 0)", "mean ROI ratio", "ROI P" + lo, "ROI P" + hi,
        "P(ROI > 1)", "ROI undefined (iterations)");
    for (PsaOptionSummary x : summaries) {
      s.row(x.option(), Format.decimal(x.meanNpv(), 2), Format.decimal(x.npvLow(), 2), Format.decimal(x.npvHigh(), 2),
          Format.decimal(x.probabilityNpvPositive(), 4), opt(x.meanRoi()), opt(x.roiLow()), opt(x.roiHigh()),
          Format.decimal(x.probabilityRoiAboveOne(), 4), x.roiUndefinedIterations());
    }
    List<String> columns = new ArrayList<>();
    columns.add("threshold");
    options.forEach(o -> columns.add("P(best): " + o));
    columns.add("EVPI");
    List<List<String>> rows = new ArrayList<>();
    for (AcceptabilityPoint p : acceptability) {
      List<String> row = new ArrayList<>();
      row.add(Format.decimal(p.threshold(), 2));
      options.forEach(o -> row.add(Format.decimal(p.probabilityBest().get(o), 4)));
      row.add(Format.decimal(p.evpi(), 2));
      rows.add(row);
    }
    String valued = settings.effectMeasure().map(m -> "lambda = value of one unit of " + m)
        .orElse("lambda = value of one pound of benefit");
    return List.of(s.build(), new ResultTable("Acceptability curve and EVPI (" + valued + ")", columns, rows));
  }

  private static String opt(java.util.OptionalDouble v) {
    return v.isPresent() ? Format.decimal(v.getAsDouble(), 4) : "undefined";
  }

  /**
   * The probability that each option is best at each threshold, as a map per option (for charts).
   *
   * @return option name to the list of probabilities, in threshold order
   */
  public Map<String, List<Double>> acceptabilityCurves() {
    Map<String, List<Double>> out = new java.util.LinkedHashMap<>();
    for (String o : options) {
      out.put(o, acceptability.stream().map(p -> p.probabilityBest().get(o)).toList());
    }
    return out;
  }
}
