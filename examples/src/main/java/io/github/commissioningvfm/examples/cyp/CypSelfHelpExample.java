package io.github.commissioningvfm.examples.cyp;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.Audits;
import io.github.commissioningvfm.vfm.charts.VfmChart;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.examples.synthetic.CypSelfHelpSynthetic;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.BootstrapResult;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsRegression;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation;
import io.github.commissioningvfm.vfm.outcomes.value.DoseVfm;
import io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis;
import io.github.commissioningvfm.vfm.outcomes.value.ValueForMoney;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The children and young people guided self-help programme, on synthetic data.
 *
 * <p>Steps, each a library call: generate the seeded synthetic export
 * ({@link CypSelfHelpSynthetic}) and write it as {@code input.csv}; load it with a declared schema
 * (debris classified, never parsed); clean it with the standard rules and their audit; compute
 * SDQ change oriented so that improvement is positive; allocate the programme cost as the
 * evaluation did (the annual cost applied to each financial year's cohort, shared per session within
 * the year) and compute unweighted and cost-weighted value for money, with the earlier allocation
 * (one annual cost spread over every year's participants) beside it as an alternative; bootstrap
 * both figures; fit OLS of improvement on baseline, sessions, gender and pathway.
 */
public final class CypSelfHelpExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "cyp-self-help";
  /** Bootstrap resamples. */
  public static final int RESAMPLES = 2_000;
  /** Bootstrap seed. */
  public static final long BOOTSTRAP_SEED = 20250611L;
  /** The clinically meaningful change on the SDQ total difficulties score adopted by the evaluation. */
  public static final ChangeThreshold MEANINGFUL_CHANGE = new ChangeThreshold(2.86,
      "2.86 points, as adopted by the evaluation (Sever 2025, citing Wolpert et al. 2014)");
  /**
   * The evaluation's allocation (Sever 2025): the annual programme cost applied to each financial
   * year's cohort, shared per session among that year's analysed participants.
   */
  public static final CostAllocation ALLOCATION = CostAllocation.perSessionByFinancialYear();
  /** The alternative shown beside it: one annual cost spread per session over every year's participants. */
  public static final CostAllocation SPREAD_ALLOCATION = CostAllocation.perSession();
  /** Reference level of the gender covariate. */
  public static final String GENDER_REFERENCE = "Female";
  /** Reference level of the pathway covariate. */
  public static final String PATHWAY_REFERENCE = "Anxiety";

  private final CypSelfHelpSynthetic.Parameters parameters;

  /**
   * Creates the example with the standard synthetic parameters.
   */
  public CypSelfHelpExample() {
    this(CypSelfHelpSynthetic.Parameters.standard());
  }

  /**
   * Creates the example with other synthetic parameters.
   *
   * @param parameters the generator's parameters
   */
  public CypSelfHelpExample(CypSelfHelpSynthetic.Parameters parameters) {
    this.parameters = parameters;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "CYP guided self-help: cleaning, SDQ change and value for money (synthetic data)";
  }

  /**
   * The schema of the export: participant id, SDQ initial and final scores, sessions attended,
   * first session date, and gender, referral source and pathway as categories.
   *
   * @return the schema
   */
  public static ParticipantSchema schema() {
    return ParticipantSchema.builder(measure()).id("participant_id").scores("sdq_initial", "sdq_final")
        .sessions("sessions_attended").date("first_session_date").categories("gender", "referral_source", "pathway")
        .build();
  }

  /**
   * The SDQ total difficulties measure with the evaluation's meaningful-change threshold.
   *
   * @return the measure
   */
  public static OutcomeMeasure measure() {
    return StandardOutcomeMeasures.SDQ_TOTAL.withMeaningfulChange(MEANINGFUL_CHANGE);
  }

  /**
   * The regression: improvement (initial - final) on baseline, sessions, gender and pathway.
   *
   * @return the design
   */
  public static DesignSpec design() {
    return DesignSpec.of(DesignSpec.Response.IMPROVEMENT).withCategory("gender", GENDER_REFERENCE)
        .withCategory("pathway", PATHWAY_REFERENCE);
  }

  /**
   * The whole analysis of one export, every figure from the library.
   *
   * @param input the export (CSV)
   * @param parameters the generator's parameters (for the programme cost)
   * @param progress where to report steps
   * @return the analysis
   */
  public static Analysis analyse(Path input, CypSelfHelpSynthetic.Parameters parameters, Progress progress) {
    progress.step("loading and cleaning " + input.getFileName());
    ParticipantData data = ParticipantData.readCsv(input, schema());
    CleanedData cleaned = Cleaner.standard().clean(data);
    ChangeResult change = ChangeAnalysis.of(cleaned, measure());
    ValueForMoney vfm = VfmAnalysis.of(change, parameters.programmeCost(), ALLOCATION);
    ValueForMoney spread = VfmAnalysis.of(change, parameters.programmeCost(), SPREAD_ALLOCATION);
    progress.step("bootstrap: " + RESAMPLES + " resamples of the weighted and unweighted VfM");
    Bootstrap bootstrap = Bootstrap.of(RESAMPLES, BOOTSTRAP_SEED).withThreads(Runtime.getRuntime().availableProcessors());
    BootstrapResult weighted = VfmAnalysis.bootstrapWeightedVfm(change, parameters.programmeCost(), ALLOCATION,
        bootstrap);
    BootstrapResult unweighted = VfmAnalysis.bootstrapUnweightedMeanVfm(change, parameters.programmeCost(),
        ALLOCATION, bootstrap);
    progress.step("regression of improvement on baseline, sessions, gender and pathway");
    OlsResult ols = OlsRegression.fit(change, design());
    return new Analysis(data, cleaned, change, vfm, spread, weighted, unweighted, ols);
  }

  /**
   * The analysis' results.
   *
   * @param data the loaded export
   * @param cleaned the cleaned data with its exclusion report
   * @param change the oriented change
   * @param vfm the value-for-money result under the evaluation's allocation ({@link #ALLOCATION})
   * @param spreadAlternative the same under the alternative allocation ({@link #SPREAD_ALLOCATION})
   * @param weightedBootstrap the bootstrap of the cost-weighted VfM
   * @param unweightedBootstrap the bootstrap of the unweighted mean VfM
   * @param regression the OLS fit
   */
  public record Analysis(ParticipantData data, CleanedData cleaned, ChangeResult change, ValueForMoney vfm,
      ValueForMoney spreadAlternative, BootstrapResult weightedBootstrap, BootstrapResult unweightedBootstrap, OlsResult regression) {

    /**
     * The 95% interval reported for a bootstrap: BCa where defined, else the percentile interval.
     *
     * @param result the bootstrap result
     * @return the interval
     */
    public static Interval reported(BootstrapResult result) {
      return result.bca().orElse(result.percentile());
    }

    /**
     * The improvements of the analysed participants grouped by sessions attended.
     *
     * @return sessions -&gt; improvements
     */
    public Map<Integer, List<Double>> improvementsBySessions() {
      Map<Integer, List<Double>> groups = new TreeMap<>();
      for (int k = 0; k < change.size(); k++) {
        int sessions = data.sessions(cleaned.row(k));
        groups.computeIfAbsent(sessions, s -> new ArrayList<>()).add(change.improvement(k));
      }
      return groups;
    }
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    progress.step("generating " + parameters.participants() + " synthetic participants");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    Path input = folder.writeCsv(ReportFolder.INPUT_CSV,
        CypSelfHelpSynthetic.toCsv(CypSelfHelpSynthetic.generate(parameters)));
    Analysis a = analyse(input, parameters, progress);
    progress.step("writing the report");
    folder.writeResult(result(a));
    folder.writeChart(vfmBySessionsChart(a), "vfm-by-sessions");
    folder.writeChart(ChartAdapters.improvementByDose("SDQ improvement by sessions attended (synthetic data)",
        a.change()), "change-by-sessions");
    folder.writeReport(CypReport.write(a, parameters));
    Interval ci = Analysis.reported(a.weightedBootstrap());
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        a.cleaned().report().rowsRead() + " rows in, " + a.cleaned().report().included() + " analysed; mean SDQ change "
            + fixed(a.change().meanRawChange().valueOrThrow(), 2) + " points (negative = improvement)",
        "VfM weighted " + fixed(a.vfm().weightedVfm().valueOrThrow(), 4) + " [" + fixed(ci.lower(), 4) + ", "
            + fixed(ci.upper(), 4) + "], unweighted " + fixed(a.vfm().unweightedMeanVfm().valueOrThrow(), 4)
            + " SDQ points per £ (annual cost to each year's cohort); cost per meaningful change "
            + pounds(a.vfm().costPerThresholdGain().valueOrThrow()) + " (threshold / weighted VfM), "
            + pounds(a.vfm().costPerMeaningfulChange().valueOrThrow()) + " per participant reaching it"));
  }

  private static String pounds(double amount) {
    return Money.of(amount, RoundingMode.HALF_UP).format();
  }

  static ResultJson result(Analysis a) {
    Interval weightedCi = Analysis.reported(a.weightedBootstrap());
    Interval unweightedCi = Analysis.reported(a.unweightedBootstrap());
    Map<String, Object> terms = new LinkedHashMap<>();
    for (OlsResult.Coefficient c : a.regression().coefficients()) {
      terms.put(c.term(), ResultJson.object().put("coef", ResultJson.ratio(c.estimate()))
          .put("se", ResultJson.ratio(c.classical().standardError()))
          .put("se_hc3", c.hc3().map(i -> (Object) ResultJson.ratio(i.standardError()))
              .orElse(ResultJson.undefined("HC3 undefined"))));
    }
    List<ResultJson> bySessions = new ArrayList<>();
    for (DoseVfm dose : a.vfm().byDose()) {
      bySessions.add(ResultJson.object().put("sessions", dose.sessions()).put("n", dose.participants())
          .put("mean_vfm", dose.unweightedMeanVfm()).put("weighted_vfm", dose.weightedVfm())
          .put("mean_improvement", dose.meanImprovement()));
    }
    return ResultJson.object().put("example", ID).put("data", "synthetic (seeded generator; not the study's data)")
        .put("currency", "GBP").put("price_base", a.vfm().programmeCost().priceBase())
        .put("rows_in", a.cleaned().report().rowsRead()).put("rows_analysed", a.cleaned().report().included())
        .put("exclusions", Audits.exclusionCounts(a.cleaned().report()))
        .put("programme_cost", a.vfm().programmeCost())
        .put("cost_allocation", "per-session-by-financial-year")
        .put("cost_allocation_rule", a.vfm().allocation().describe())
        .put("cost_by_year", costByYear(a.vfm()))
        .put("total_cost_allocated", ResultJson.pounds(a.vfm().allocatedCost()))
        .put("mean_change", a.change().meanRawChange())
        .put("mean_change_definition", "final - initial SDQ total difficulties; negative is improvement")
        .put("mean_improvement", a.change().meanImprovement())
        .put("vfm_unweighted", a.vfm().unweightedMeanVfm())
        .put("vfm_unweighted_ci95", List.of(ResultJson.ratio(unweightedCi.lower()), ResultJson.ratio(unweightedCi.upper())))
        .put("vfm_weighted", a.vfm().weightedVfm())
        .put("vfm_weighted_ci95", List.of(ResultJson.ratio(weightedCi.lower()), ResultJson.ratio(weightedCi.upper())))
        .put("vfm_ci_method", weightedCi.method() + ", " + RESAMPLES + " resamples, seed " + BOOTSTRAP_SEED)
        .put("vfm_unit", "SDQ points of improvement per GBP")
        .put("regression", ResultJson.object().put("dependent", "improvement")
            .put("dependent_definition", "initial - final SDQ (positive is better)")
            .put("terms", terms).put("n", a.regression().n())
            .put("r2", a.regression().rSquared().map(r -> (Object) ResultJson.ratio(r)).orElse(ResultJson.undefined("no variation"))))
        .put("meaningful_change_threshold", MEANINGFUL_CHANGE.points())
        .put("meaningful_changes", a.change().meaningfulCount())
        .put("cost_per_meaningful_change", a.vfm().costPerMeaningfulChange())
        .put("cost_per_meaningful_change_definition", a.vfm().costPerMeaningfulChange().definition())
        .put("cost_per_threshold_gain", a.vfm().costPerThresholdGain())
        .put("cost_per_threshold_gain_definition", a.vfm().costPerThresholdGain().definition())
        .put("cost_per_point", a.vfm().costPerPoint())
        .put("alternative_allocation", ResultJson.object().put("cost_allocation", "per-session-whole-period")
            .put("cost_allocation_rule", a.spreadAlternative().allocation().describe())
            .put("total_cost_allocated", ResultJson.pounds(a.spreadAlternative().allocatedCost()))
            .put("vfm_unweighted", a.spreadAlternative().unweightedMeanVfm())
            .put("vfm_weighted", a.spreadAlternative().weightedVfm())
            .put("cost_per_point", a.spreadAlternative().costPerPoint())
            .put("cost_per_threshold_gain", a.spreadAlternative().costPerThresholdGain())
            .put("cost_per_meaningful_change", a.spreadAlternative().costPerMeaningfulChange()))
        .put("by_sessions", bySessions);
  }

  private static Map<String, Object> costByYear(ValueForMoney vfm) {
    Map<String, Object> out = new LinkedHashMap<>();
    vfm.costByYear().forEach((year, cost) -> out.put(year.toString(), cost));
    return out;
  }

  /** The cost-weighted VfM at each dose beside the overall cost-weighted VfM. */
  private static VfmChart vfmBySessionsChart(Analysis a) {
    return ChartAdapters.vfmByDose("Value for money by sessions attended (SDQ points per £, "
        + a.vfm().programmeCost().priceBase() + " prices; synthetic data)",
        a.vfm().byDose().stream().filter(d -> d.weightedVfm().isDefined()).toList());
  }




  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new CypSelfHelpExample(), args);
  }
}
