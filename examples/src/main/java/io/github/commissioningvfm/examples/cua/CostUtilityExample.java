package io.github.commissioningvfm.examples.cua;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.vfm.charts.TornadoChart;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.vfm.cua.CohortPsa;
import io.github.commissioningvfm.vfm.cua.CostEffectivenessPlane;
import io.github.commissioningvfm.vfm.cua.IncrementalAnalysis;
import io.github.commissioningvfm.vfm.cua.IncrementalRow;
import io.github.commissioningvfm.vfm.cua.IncrementalTable;
import io.github.commissioningvfm.vfm.cua.NiceThreshold;
import io.github.commissioningvfm.vfm.cua.NiceThresholds;
import io.github.commissioningvfm.vfm.cua.PlaneSeries;
import io.github.commissioningvfm.vfm.cua.ProbabilisticAnalysis;
import io.github.commissioningvfm.vfm.cua.Simulations;
import io.github.commissioningvfm.vfm.cua.StrategyOutcome;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.voi.PopulationScale;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cost-utility analysis of three adult crisis pathways with a cohort state-transition model
 * ({@link CrisisPathwayModel}; illustrative inputs except the NCC unit costs): the incremental
 * analysis and net benefit at NICE's thresholds, a tornado of the incremental net monetary benefit,
 * a PSA with Dirichlet and other distributions, the acceptability curve and frontier, EVPI per
 * person and for the population, and EVPPI for groups of inputs.
 */
public final class CostUtilityExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "cost-utility";
  /** PSA simulations. */
  public static final int ITERATIONS = 5_000;
  /** PSA seed. */
  public static final long SEED = 20261205L;
  /** Thresholds of the acceptability curve, pounds per QALY. */
  public static final double[] THRESHOLDS = {0, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 40_000, 50_000};
  /** Illustrative number of adults a year who would enter the pathway in one ICB area. */
  public static final double ANNUAL_INCIDENCE = 2_000;
  /** Years the decision is expected to stand. */
  public static final int DECISION_YEARS = 5;
  /** The price base of the unit costs. */
  public static final String PRICE_BASE = "2024/25";

  /** Creates the example. */
  public CostUtilityExample() {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Cost-utility of adult crisis pathways: cohort model, PSA and value of information (illustrative inputs)";
  }

  /**
   * One row of the tornado: the incremental NMB of the focus strategy against usual care at the
   * lower NICE threshold, with one input at its low and high value.
   *
   * @param input the input
   * @param atLow the INMB with the input low
   * @param atHigh the INMB with the input high
   */
  public record TornadoBar(String input, double atLow, double atHigh) {
    /**
     * The swing.
     *
     * @return {@code |atHigh - atLow|}
     */
    public double swing() {
      return Math.abs(atHigh - atLow);
    }
  }

  /**
   * The analysis' results.
   *
   * @param threshold the NICE range used
   * @param deterministic the base-case run
   * @param table the base-case incremental analysis
   * @param focus the strategy compared with usual care in the tornado
   * @param baseInmb the focus strategy's INMB at the lower threshold
   * @param tornado the tornado bars, largest swing first
   * @param psa the PSA analysis
   * @param ceac the acceptability curve
   * @param evpiLower EVPI per person at the lower threshold
   * @param evpiUpper EVPI per person at the upper threshold
   * @param population the population scale
   * @param evppi EVPPI per person at the lower threshold by input group
   */
  public record Results(NiceThreshold threshold, MarkovResult deterministic, IncrementalTable table, String focus,
      double baseInmb, List<TornadoBar> tornado, ProbabilisticAnalysis psa, List<AcceptabilityPoint> ceac,
      double evpiLower, double evpiUpper, PopulationScale population, List<Evppi> evppi) {
  }

  /**
   * EVPPI of a group of inputs.
   *
   * @param group the group's name
   * @param inputs the inputs
   * @param perPerson the EVPPI per person
   */
  public record Evppi(String group, List<String> inputs, double perPerson) {
  }

  private static List<StrategyOutcome> outcomes(MarkovResult r) {
    return r.strategies().stream().map(s -> new StrategyOutcome(s.strategy(), s.totals().cost(), s.totals().qalys()))
        .toList();
  }

  private static double inmb(CrisisPathwayModel model, double[] values, String focus, double lambda) {
    MarkovResult r = model.model(values).run();
    StrategyResult f = r.strategy(focus);
    StrategyResult u = r.strategy(CrisisPathwayModel.USUAL);
    return lambda * (f.totals().qalys() - u.totals().qalys()) - (f.totals().cost() - u.totals().cost());
  }

  /**
   * Runs the analysis.
   *
   * @param progress where to report steps
   * @return the results
   */
  public static Results analyse(Progress progress) {
    CrisisPathwayModel model = new CrisisPathwayModel();
    NiceThreshold nice = NiceThresholds.inForce(YearMonth.of(2026, 12), NiceThreshold.Scope.ALL_EVALUATIONS)
        .orElseThrow();
    double lower = nice.lowerPerQaly();
    progress.step("deterministic run and incremental analysis");
    double[] base = model.baseCase();
    MarkovResult det = model.model(base).run();
    IncrementalTable table = IncrementalAnalysis.analyse(outcomes(det));
    String focus = table.netBenefits(lower).stream().map(n -> n.strategy())
        .filter(s -> !s.equals(CrisisPathwayModel.USUAL)).findFirst().orElseThrow();
    double baseInmb = inmb(model, base, focus, lower);
    progress.step("tornado of the incremental net monetary benefit");
    List<TornadoBar> tornado = new ArrayList<>();
    for (int i = 0; i < CrisisPathwayModel.INPUTS.size(); i++) {
      CrisisPathwayModel.Input in = CrisisPathwayModel.INPUTS.get(i);
      if (in.low() == in.high()) {
        continue;
      }
      double[] low = base.clone();
      low[i] = in.low();
      double[] high = base.clone();
      high[i] = in.high();
      tornado.add(new TornadoBar(label(in.name()), inmb(model, low, focus, lower), inmb(model, high, focus, lower)));
    }
    tornado.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    progress.step("PSA: " + ITERATIONS + " simulations");
    Simulations sims = CohortPsa.run(model, ITERATIONS, SEED, Runtime.getRuntime().availableProcessors());
    ProbabilisticAnalysis pa = ProbabilisticAnalysis.of(sims);
    List<AcceptabilityPoint> ceac = pa.acceptability(THRESHOLDS);
    progress.step("value of information");
    PopulationScale population = new PopulationScale(ANNUAL_INCIDENCE, DECISION_YEARS,
        io.github.commissioningvfm.vfm.markov.MarkovModel.niceReferenceCase());
    List<Evppi> evppi = new ArrayList<>();
    for (List<String> group : List.of(List.of("rrHaven", "rrHome"), List.of("uStable", "uUnwell", "uCrisis"),
        List.of("cStable", "cUnwell", "cCrisis", "cHaven", "cHome"),
        List.of("pStableUnwell", "pUnwellStable", "pUnwellCrisis"))) {
      String name = group.get(0).startsWith("rr") ? "treatment effects" : group.get(0).startsWith("u") ? "utilities"
          : group.get(0).startsWith("c") ? "costs" : "transition probabilities";
      evppi.add(new Evppi(name, group, pa.evppi(lower, group)));
    }
    return new Results(nice, det, table, focus, baseInmb, tornado, pa, ceac, pa.evpi(lower), pa.evpi(nice.upperPerQaly()),
        population, evppi);
  }

  private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
      java.util.Map.entry("pStableUnwell", "quarterly chance stable becomes unwell"),
      java.util.Map.entry("pUnwellStable", "quarterly chance unwell becomes stable"),
      java.util.Map.entry("pUnwellCrisis", "quarterly chance unwell reaches crisis"),
      java.util.Map.entry("pCrisisStable", "quarterly chance crisis resolves to stable"),
      java.util.Map.entry("pCrisisUnwell", "quarterly chance crisis eases to unwell"),
      java.util.Map.entry("pCrisisCrisis", "quarterly chance crisis continues"),
      java.util.Map.entry("rrHaven", "relative risk of crisis with a safe haven"),
      java.util.Map.entry("rrHome", "relative risk of crisis with home treatment"),
      java.util.Map.entry("cStable", "cost per quarter when stable (£)"),
      java.util.Map.entry("cUnwell", "cost per quarter when unwell (£)"),
      java.util.Map.entry("cCrisis", "cost of a quarter in crisis (£)"),
      java.util.Map.entry("cHaven", "safe haven cost per person per quarter (£)"),
      java.util.Map.entry("cHome", "home treatment cost per crisis episode (£)"),
      java.util.Map.entry("uStable", "quality of life when stable (0-1)"),
      java.util.Map.entry("uUnwell", "quality of life when unwell (0-1)"),
      java.util.Map.entry("uCrisis", "quality of life in crisis (0-1)"));

  /**
   * An input of the model in words, for reports and charts (the data files keep the short names).
   *
   * @param name the input's short name, e.g. {@code rrHaven}
   * @return its label, or the name itself if it has none
   */
  static String label(String name) {
    return LABELS.getOrDefault(name, name);
  }

  static String money(double v) {
    return Money.of(v, RoundingMode.HALF_UP).format();
  }

  static String fixed(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    Results r = analyse(progress);
    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    List<List<String>> inputRows = new ArrayList<>();
    for (CrisisPathwayModel.Input in : CrisisPathwayModel.INPUTS) {
      inputRows.add(List.of(in.name(), fixed(in.base(), 4), fixed(in.low(), 4), fixed(in.high(), 4), in.distribution(),
          "illustrative"));
    }
    CrisisPathwayModel model = new CrisisPathwayModel();
    inputRows.add(List.of("crisisEntryUsualCare", fixed(model.crisisEntryCost(), 2), fixed(model.crisisEntryCost(), 2),
        fixed(model.crisisEntryCost(), 2), "fixed", "NCC 2024/25: " + CrisisPathwayModel.AE_KEY + " + "
            + CrisisPathwayModel.CMHT_KEY));
    folder.writeCsv(ReportFolder.INPUT_CSV, Csv.format(List.of("input", "base", "low", "high", "distribution", "source"),
        inputRows));
    folder.writeCsv("plane.csv", planeCsv(r.psa().plane(CrisisPathwayModel.USUAL)));
    folder.writeCsv("simulations.csv", r.psa().simulations().toCsv());
    folder.writeResult(result(r));
    folder.writeChart(tornadoChart(r), "tornado");
    folder.writeChart(ChartAdapters.acceptability("Cost-effectiveness acceptability curve (" + ITERATIONS
        + " simulations, " + PRICE_BASE + " prices)", "Threshold (GBP per QALY)", r.ceac()), "acceptability-curve");
    folder.writeChart(ChartAdapters.cohortTrace("Cohort trace under usual care (quarterly cycles)",
        r.deterministic().strategy(CrisisPathwayModel.USUAL), CrisisPathwayModel.CYCLE_YEARS), "trace");
    folder.writeReport(report(r));
    IncrementalRow focus = r.table().row(r.focus());
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        "Optimal at " + money(r.threshold().lowerPerQaly()) + "/QALY: " + r.table().optimal(r.threshold().lowerPerQaly())
            + "; " + r.focus() + " " + (focus.icer().isPresent() ? "ICER " + money(focus.icer().getAsDouble()) + "/QALY"
            : focus.status().label() + (focus.status() == Dominance.NON_DOMINATED ? " (the cheapest, so no ICER)" : "")),
        "PSA " + String.format(java.util.Locale.ROOT, "%,d", ITERATIONS) + " simulations: EVPI " + money(r.evpiLower()) + " per person, "
            + money(r.population().scale(r.evpiLower())) + " for the population (illustrative)"));
  }

  private static String planeCsv(CostEffectivenessPlane plane) {
    List<List<String>> rows = new ArrayList<>();
    for (PlaneSeries s : plane.series()) {
      double[] de = s.incrementalEffect();
      double[] dc = s.incrementalCost();
      for (int i = 0; i < de.length; i++) {
        rows.add(List.of(s.strategy(), Integer.toString(i), fixed(de[i], 6), fixed(dc[i], 2)));
      }
    }
    return Csv.format(List.of("strategy", "simulation", "incremental_qalys_vs_" + plane.reference().replace(' ', '_'),
        "incremental_cost"), rows);
  }

  private static ResultJson result(Results r) {
    List<ResultJson> strategies = new ArrayList<>();
    for (IncrementalRow row : r.table().rows()) {
      ResultJson o = ResultJson.object().put("strategy", row.strategy())
          .put("cost", ResultJson.pounds(row.outcome().cost())).put("qalys", ResultJson.ratio(row.outcome().effect()))
          .put("status", row.status().label());
      if (row.icer().isPresent()) {
        o.put("comparator", row.comparator().orElseThrow()).put("icer", ResultJson.pounds(row.icer().getAsDouble()));
      }
      strategies.add(o);
    }
    List<ResultJson> ceac = new ArrayList<>();
    for (AcceptabilityPoint p : r.ceac()) {
      ceac.add(ResultJson.object().put("threshold", p.threshold()).put("probability_best", p.probabilityBest())
          .put("evpi_per_person", ResultJson.pounds(p.evpi())));
    }
    List<ResultJson> evppi = new ArrayList<>();
    for (Evppi e : r.evppi()) {
      evppi.add(ResultJson.object().put("group", e.group()).put("inputs", e.inputs()).put("per_person", ResultJson.pounds(e.perPerson())));
    }
    return ResultJson.object().put("price_base", PRICE_BASE).put("threshold_edition", r.threshold().edition())
        .put("threshold_lower", r.threshold().lowerPerQaly()).put("threshold_upper", r.threshold().upperPerQaly())
        .put("strategies", strategies).put("focus", r.focus()).put("base_inmb", ResultJson.pounds(r.baseInmb()))
        .put("iterations", ITERATIONS).put("seed", SEED).put("acceptability", ceac)
        .put("evpi_lower", ResultJson.pounds(r.evpiLower())).put("evpi_upper", ResultJson.pounds(r.evpiUpper()))
        .put("effective_population", ResultJson.ratio(r.population().effectivePopulation()))
        .put("population_evpi_lower", ResultJson.pounds(r.population().scale(r.evpiLower()))).put("evppi_lower", evppi);
  }

  private static TornadoChart tornadoChart(Results r) {
    return TornadoChart.of("Tornado: INMB of " + r.focus() + " vs usual care at " + money(r.threshold().lowerPerQaly())
        + " per QALY when each input is at its low or high value (GBP, " + PRICE_BASE + " prices)",
        "Incremental net monetary benefit per person (GBP, " + PRICE_BASE + " prices)", r.baseInmb(),
        r.tornado().stream().map(b -> new TornadoChart.TornadoBar(b.input(), b.atLow(), b.atHigh())).toList());
  }






  private static String bottomCost(Results r) {
    List<String> costs = new ArrayList<>();
    for (IncrementalRow row : r.table().rows()) {
      costs.add(row.strategy() + " " + money(row.outcome().cost()));
    }
    return "Over five years, per person (" + PRICE_BASE + " prices, discounted): " + String.join("; ", costs) + ".";
  }

  private static String bottomAchieved(Results r) {
    List<String> qalys = new ArrayList<>();
    for (IncrementalRow row : r.table().rows()) {
      qalys.add(row.strategy() + " " + fixed(row.outcome().effect(), 3));
    }
    return "Quality-adjusted life years per person: " + String.join("; ", qalys) + ". At "
        + money(r.threshold().lowerPerQaly()) + " per QALY the best choice is " + r.focus() + ", worth "
        + money(r.baseInmb()) + " per person more than usual care in net benefit.";
  }

  private static String bottomSure(Results r) {
    AcceptabilityPoint at = r.ceac().stream().min(Comparator.comparingDouble(p -> Math.abs(p.threshold()
        - r.threshold().lowerPerQaly()))).orElseThrow();
    return "In " + ITERATIONS + " simulations of the uncertain inputs, " + r.focus() + " is the best choice "
        + fixed(100 * at.probabilityBest().getOrDefault(r.focus(), 0.0), 0) + "% of the time at "
        + money(at.threshold()) + " per QALY; resolving all uncertainty would be worth " + money(r.evpiLower())
        + " per person. The inputs are illustrative, so the method, not the answer, carries over.";
  }

  private static MarkdownReport report(Results r) {
    List<List<String>> rows = new ArrayList<>();
    for (IncrementalRow row : r.table().rows()) {
      rows.add(List.of(row.strategy(), money(row.outcome().cost()), fixed(row.outcome().effect(), 4),
          row.incrementalCost().isPresent() ? money(row.incrementalCost().getAsDouble()) : "-",
          row.incrementalEffect().isPresent() ? fixed(row.incrementalEffect().getAsDouble(), 4) : "-",
          row.icer().isPresent() ? money(row.icer().getAsDouble()) + " per QALY" : "-", row.status().label()));
    }
    List<List<String>> psaRows = new ArrayList<>();
    for (StrategyOutcome o : r.psa().means()) {
      psaRows.add(List.of(o.strategy(), money(o.cost()), fixed(o.effect(), 4)));
    }
    List<List<String>> ceacRows = new ArrayList<>();
    for (AcceptabilityPoint p : r.ceac()) {
      List<String> cells = new ArrayList<>();
      cells.add(money(p.threshold()));
      r.psa().simulations().strategies().forEach(s -> cells.add(fixed(p.probabilityBest().get(s), 3)));
      cells.add(money(p.evpi()));
      ceacRows.add(cells);
    }
    List<String> ceacHeader = new ArrayList<>();
    ceacHeader.add("threshold per QALY");
    ceacHeader.addAll(r.psa().simulations().strategies().stream().map(s -> "probability " + s + " is best").toList());
    ceacHeader.add("value of perfect information per person");
    List<List<String>> evppiRows = new ArrayList<>();
    for (Evppi e : r.evppi()) {
      evppiRows.add(List.of(e.group(), String.join(", ", e.inputs().stream().map(CostUtilityExample::label).toList()),
          money(e.perPerson()),
          money(r.population().scale(e.perPerson()))));
    }
    return MarkdownReport.titled("Cost-utility of adult crisis pathways (illustrative inputs)")
        .paragraph("A cohort of adults known to a community mental health team, starting Unwell at age 35, moves each "
            + "quarter between Stable, Unwell, Crisis and Dead for five years (half-cycle correction; costs and QALYs "
            + "discounted at the NICE reference-case 3.5% a year). Every input is illustrative except the unit costs "
            + "of an A&E attendance and a community mental health team contact (NCC 2024/25, " + PRICE_BASE
            + " prices), and background mortality comes from an illustrative table, not a published one.")
        .bottomLine(bottomCost(r), bottomAchieved(r), bottomSure(r))
        .paragraph("Threshold: " + money(r.threshold().lowerPerQaly()) + " to " + money(r.threshold().upperPerQaly())
            + " per QALY gained (edition " + r.threshold().edition() + "; "
            + r.threshold().source().replace("GBP ", "£") + ") A service pathway is not a medicine, so NICE's 2026 "
            + "range for technology appraisals of medicines does not apply.")
        .section("Deterministic incremental analysis (per person)")
        .table(List.of("strategy", "cost per person", "QALYs per person", "incremental cost", "incremental QALYs",
            "cost per QALY gained (ICER)", "status"), rows)
        .image("Cohort trace under usual care", "trace.png")
        .section("One-way sensitivity")
        .paragraph("Incremental net monetary benefit of " + r.focus() + " against usual care at "
            + money(r.threshold().lowerPerQaly()) + " per QALY: " + money(r.baseInmb()) + " per person at the base case.")
        .image("Tornado", "tornado.png")
        .section("Probabilistic sensitivity analysis (" + ITERATIONS + " simulations, seed " + SEED + ")")
        .table(List.of("strategy", "mean cost per person", "mean QALYs per person"), psaRows)
        .table(ceacHeader, ceacRows)
        .image("Acceptability curve", "acceptability-curve.png")
        .paragraph("The cost-effectiveness plane's points (incremental QALYs and cost against usual care in every "
            + "simulation) are in plane.csv; every simulation's costs, QALYs and inputs are in simulations.csv, in the "
            + "layout Simulations.read takes, for analysis elsewhere.")
        .section("Value of information")
        .paragraph("EVPI per person: " + money(r.evpiLower()) + " at " + money(r.threshold().lowerPerQaly()) + " and "
            + money(r.evpiUpper()) + " at " + money(r.threshold().upperPerQaly()) + " per QALY. Over "
            + DECISION_YEARS + " years with an illustrative " + fixed(ANNUAL_INCIDENCE, 0) + " adults a year "
            + "(discounted population " + fixed(r.population().effectivePopulation(), 0) + "), the population EVPI is "
            + money(r.population().scale(r.evpiLower())) + " at the lower threshold.")
        .table(List.of("input group", "inputs", "EVPPI per person", "population EVPPI"), evppiRows)
        .paragraph("EVPPI by regression of the incremental net benefit on a quadratic polynomial of the group's inputs "
            + "(Strong, Oakley and Brennan 2014).");
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new CostUtilityExample(), args);
  }
}
