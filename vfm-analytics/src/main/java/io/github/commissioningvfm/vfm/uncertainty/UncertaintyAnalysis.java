package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.cba.CbaOptionResult;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.internal.FastValues;
import io.github.commissioningvfm.vfm.internal.Format;
import io.github.commissioningvfm.vfm.internal.Numerics;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Sensitivity, scenario, switching-value and probabilistic analysis of an {@link AppraisalModel}
 * (methods and formulas in the package documentation).
 *
 * <pre>{@code
 * UncertaintyAnalysis ua = UncertaintyAnalysis.builder(model)
 *     .input(UncertainInput.of("aeAvoided", 120, 80, 160, Distribution.Gamma.ofMeanSd(120, 20)))
 *     .cba(CbaStrategy.greenBook().withOptimismBias(bias))
 *     .build();
 * SensitivityTables tornado = ua.oneWay("fund VCSE service", Metric.NPV);
 * PsaResult psa = ua.psa(PsaSettings.builder().seed(2026).iterations(10_000).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UncertaintyAnalysis {

  private final AppraisalModel model;
  private final List<UncertainInput> inputs;
  private final CbaStrategy cba;
  private final RoiStrategy roi;
  private final Map<Integer, double[]> cbaFactors = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Integer, double[]> roiFactors = new java.util.concurrent.ConcurrentHashMap<>();

  private UncertaintyAnalysis(AppraisalModel model, List<UncertainInput> inputs, CbaStrategy cba, RoiStrategy roi) {
    this.model = model;
    this.inputs = List.copyOf(inputs);
    this.cba = cba;
    this.roi = roi;
  }

  /**
   * Starts a builder.
   *
   * @param model the model
   * @return the builder
   */
  public static Builder builder(AppraisalModel model) {
    return new Builder(Args.notNull(model, "model"));
  }

  /**
   * The declared inputs.
   *
   * @return the inputs, in declaration order
   */
  public List<UncertainInput> inputs() {
    return inputs;
  }

  /**
   * Every input at its base value.
   *
   * @return the base values
   */
  public InputValues baseValues() {
    Map<String, Double> values = new LinkedHashMap<>();
    inputs.forEach(i -> values.put(i.name(), i.base()));
    return new InputValues(values);
  }

  /**
   * The base-case appraisal.
   *
   * @return the model's appraisal at the base values
   */
  public Appraisal baseCase() {
    return model.build(baseValues());
  }

  /**
   * The metric of an option for given input values.
   *
   * @param values the input values
   * @param option the option's name
   * @param metric the metric
   * @return the metric's value, empty if undefined
   */
  public OptionalDouble metric(InputValues values, String option, Metric metric) {
    Appraisal a = model.build(values);
    AppraisalOption o = a.option(option);
    if (o.name().equals(a.counterfactual())) {
      throw new IllegalArgumentException("Option '" + option + "' is the counterfactual: it has no " + metric
          + " against itself");
    }
    Outcome x = outcome(a, o);
    if (metric == Metric.NPV) {
      return OptionalDouble.of(x.npv());
    }
    return x.roiDefined() ? OptionalDouble.of(x.roi()) : OptionalDouble.empty();
  }

  /**
   * Double-precision figures of one option against the counterfactual (see {@link FastValues}).
   *
   * @param npv incremental PV benefits minus incremental PV costs (cost-benefit strategy's settings)
   * @param dCosts incremental PV costs
   * @param dBenefits incremental PV benefits
   * @param roiDefined whether the ROI investment is positive
   * @param roi the ROI ratio (ROI strategy's settings), 0 when undefined
   */
  private record Outcome(double npv, double dCosts, double dBenefits, boolean roiDefined, double roi) {
  }

  private double[] factors(Map<Integer, double[]> cache, io.github.commissioningvfm.vfm.cba.DiscountSchedule schedule,
      int years) {
    return cache.computeIfAbsent(years, y -> FastValues.factors(schedule, y));
  }

  private Outcome outcome(Appraisal a, AppraisalOption o) {
    AppraisalOption cf = a.counterfactualOption();
    double[] d = factors(cbaFactors, cba.schedule(), a.horizonYears());
    double uplift = 1 + cba.optimismBias().uplift().toDouble();
    double[] costs = FastValues.yearlyCosts(a, o, cba.perspective());
    double[] cfCosts = FastValues.yearlyCosts(a, cf, cba.perspective());
    double[] benefits = FastValues.yearlyBenefits(a, o, cba.perspective());
    double[] cfBenefits = FastValues.yearlyBenefits(a, cf, cba.perspective());
    double dCosts = uplift * FastValues.presentValue(costs, d) - FastValues.presentValue(cfCosts, d);
    double dBenefits = FastValues.presentValue(benefits, d) - FastValues.presentValue(cfBenefits, d);
    if (cba.perspective() != Perspective.SOCIETY) {
      costs = FastValues.yearlyCosts(a, o, Perspective.SOCIETY);
      cfCosts = FastValues.yearlyCosts(a, cf, Perspective.SOCIETY);
      benefits = FastValues.yearlyBenefits(a, o, Perspective.SOCIETY);
      cfBenefits = FastValues.yearlyBenefits(a, cf, Perspective.SOCIETY);
    }
    double[] r = factors(roiFactors, roi.schedule(), a.horizonYears());
    double roiUplift = 1 + roi.optimismBias().uplift().toDouble();
    double investment = roiUplift * FastValues.presentValue(costs, r) - FastValues.presentValue(cfCosts, r);
    double returns = FastValues.presentValue(benefits, r) - FastValues.presentValue(cfBenefits, r);
    boolean defined = investment > 0;
    return new Outcome(dBenefits - dCosts, dCosts, dBenefits, defined, defined ? returns / investment : 0);
  }

  /**
   * One-way sensitivity and switching values of an option's metric.
   *
   * @param option the option's name
   * @param metric the metric
   * @return the tornado rows (largest swing first) and switching values
   */
  public SensitivityTables oneWay(String option, Metric metric) {
    Args.notBlank(option, "option");
    Args.notNull(metric, "metric");
    InputValues base = baseValues();
    List<TornadoRow> rows = new ArrayList<>();
    List<SwitchingValue> switching = new ArrayList<>();
    for (UncertainInput in : inputs) {
      OptionalDouble atLow = metric(base.with(in.name(), in.low()), option, metric);
      OptionalDouble atHigh = metric(base.with(in.name(), in.high()), option, metric);
      OptionalDouble swing = atLow.isPresent() && atHigh.isPresent()
          ? OptionalDouble.of(Math.abs(atHigh.getAsDouble() - atLow.getAsDouble())) : OptionalDouble.empty();
      rows.add(new TornadoRow(in.name(), in.low(), in.high(), atLow, atHigh, swing));
      switching.add(switchingValue(base, in, option, metric));
    }
    rows.sort(Comparator.comparingDouble((TornadoRow r) -> r.swing().orElse(-1)).reversed());
    return new SensitivityTables(option, metric, metric(base, option, metric), rows, switching);
  }

  private SwitchingValue switchingValue(InputValues base, UncertainInput in, String option, Metric metric) {
    double target = metric.switchingTarget();
    if (in.low() == in.high()) {
      return new SwitchingValue(in.name(), in.base(), OptionalDouble.empty(), "no range given for this input");
    }
    try {
      OptionalDouble root = Numerics.root(x -> metric(base.with(in.name(), x), option, metric).orElseThrow() - target,
          in.low(), in.high(), 1e-9 * Math.max(1, Math.abs(in.high() - in.low())));
      if (root.isPresent()) {
        return new SwitchingValue(in.name(), in.base(), root, metric + " reaches " + target + " at this value");
      }
      return new SwitchingValue(in.name(), in.base(), OptionalDouble.empty(),
          metric + " does not reach " + target + " between " + in.low() + " and " + in.high());
    } catch (java.util.NoSuchElementException e) {
      return new SwitchingValue(in.name(), in.base(), OptionalDouble.empty(),
          metric + " is undefined somewhere in the range (zero investment)");
    }
  }

  /**
   * Scenario analysis: NPV and ROI ratio of every option other than the counterfactual in each scenario.
   *
   * @param scenarios the scenarios
   * @return a table with one row per scenario and option, the base case first
   */
  public ResultTable scenarios(List<Scenario> scenarios) {
    Args.noNullElements(scenarios, "scenarios");
    Set<String> known = new HashSet<>();
    inputs.forEach(i -> known.add(i.name()));
    ResultTable.Builder t = ResultTable.builder("Scenario analysis", "scenario", "option", "NPV", "ROI ratio");
    List<Scenario> all = new ArrayList<>();
    all.add(new Scenario("base case", Map.of()));
    all.addAll(scenarios);
    for (Scenario s : all) {
      InputValues values = baseValues();
      for (Map.Entry<String, Double> e : s.overrides().entrySet()) {
        if (!known.contains(e.getKey())) {
          throw new IllegalArgumentException("Scenario '" + s.name() + "' sets unknown input '" + e.getKey()
              + "'; inputs are " + inputs.stream().map(UncertainInput::name).toList());
        }
        values = values.with(e.getKey(), e.getValue());
      }
      Appraisal a = model.build(values);
      CbaResult c = cba.evaluateHeadline(a);
      Map<String, RoiFigures> r = roi.totals(a);
      for (CbaOptionResult o : c.options()) {
        t.row(s.name(), o.option(), Format.money(o.npsv()), r.get(o.option()).roiRatio().display());
      }
    }
    return t.build();
  }

  /**
   * Probabilistic sensitivity analysis (Monte Carlo).
   *
   * @param settings the settings
   * @return the result; identical for the same settings whatever {@code settings.threads()}
   */
  public PsaResult psa(PsaSettings settings) {
    Args.notNull(settings, "settings");
    Appraisal base = baseCase();
    List<String> alternatives = base.alternatives().stream().map(AppraisalOption::name).toList();
    int n = settings.iterations();
    int k = alternatives.size();
    double[][] npv = new double[k][n];
    double[][] roiValue = new double[k][n];
    boolean[][] roiDefined = new boolean[k][n];
    double[][] valued = new double[k][n];
    double[][] costs = new double[k][n];
    RandomStreams streams = RandomStreams.of(settings.seed());
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
        try {
          iterate(i, streams, settings, alternatives, npv, roiValue, roiDefined, valued, costs);
        } catch (RuntimeException e) {
          throw new IllegalStateException("PSA iteration " + i + " failed: " + e.getMessage(), e);
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("PSA interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    List<PsaOptionSummary> summaries = new ArrayList<>();
    double tail = (100 - settings.intervalPercent()) / 2;
    for (int j = 0; j < k; j++) {
      summaries.add(summarise(alternatives.get(j), npv[j], roiValue[j], roiDefined[j], tail));
    }
    List<String> options = new ArrayList<>();
    options.add(base.counterfactual());
    options.addAll(alternatives);
    List<AcceptabilityPoint> curve = new ArrayList<>();
    for (double lambda : settings.thresholds()) {
      curve.add(acceptability(lambda, options, valued, costs, n));
    }
    List<SourceReference> sources = new ArrayList<>(cba.evaluateHeadline(base).sources());
    List<String> assumptions = new ArrayList<>(base.assumptions());
    assumptions.add("Inputs drawn independently; iteration i uses random stream i of seed " + settings.seed());
    inputs.forEach(in -> assumptions.add("Input '" + in.name() + "': " + in.distribution().map(Object::toString)
        .orElse("fixed at " + in.base())));
    return new PsaResult("psa", base.name(), settings, options, summaries, curve, List.of(npv), sources, assumptions);
  }

  private void iterate(int i, RandomStreams streams, PsaSettings settings, List<String> alternatives, double[][] npv,
      double[][] roiValue, boolean[][] roiDefined, double[][] valued, double[][] costs) {
    SplittableRandom rng = streams.forIteration(i);
    Map<String, Double> values = new LinkedHashMap<>();
    for (UncertainInput in : inputs) {
      values.put(in.name(), in.distribution().isPresent() ? in.distribution().get().sample(rng) : in.base());
    }
    Appraisal a = model.build(new InputValues(values));
    for (int j = 0; j < alternatives.size(); j++) {
      Outcome x = outcome(a, a.option(alternatives.get(j)));
      npv[j][i] = x.npv();
      costs[j][i] = x.dCosts();
      valued[j][i] = settings.effectMeasure().isPresent()
          ? incrementalEffect(a, alternatives.get(j), settings.effectMeasure().get())
          : x.dBenefits();
      roiDefined[j][i] = x.roiDefined();
      roiValue[j][i] = x.roi();
    }
  }

  private double incrementalEffect(Appraisal a, String option, String measure) {
    double[] factors = factors(cbaFactors, cba.schedule(), a.horizonYears());
    return presentEffect(a, a.option(option), measure, factors) - presentEffect(a, a.counterfactualOption(), measure, factors);
  }

  private static double presentEffect(Appraisal a, AppraisalOption o, String measure, double[] factors) {
    EffectStream e = o.effect(measure).orElseThrow(() -> new IllegalArgumentException("Option '" + o.name()
        + "' has no effect stream for measure '" + measure + "'"));
    double total = 0;
    for (int t = 0; t < a.horizonYears(); t++) {
      total += e.quantities().get(t).doubleValue() * factors[t];
    }
    return total;
  }

  private static PsaOptionSummary summarise(String option, double[] npv, double[] roi, boolean[] defined, double tail) {
    int n = npv.length;
    double sum = 0;
    int positive = 0;
    for (double v : npv) {
      sum += v;
      if (v > 0) {
        positive++;
      }
    }
    double[] definedRoi = IntStream.range(0, n).filter(i -> defined[i]).mapToDouble(i -> roi[i]).toArray();
    int aboveOne = (int) IntStream.range(0, n).filter(i -> defined[i] && roi[i] > 1).count();
    OptionalDouble meanRoi = OptionalDouble.empty();
    OptionalDouble roiLow = OptionalDouble.empty();
    OptionalDouble roiHigh = OptionalDouble.empty();
    if (definedRoi.length > 0) {
      double s = 0;
      for (double v : definedRoi) {
        s += v;
      }
      meanRoi = OptionalDouble.of(s / definedRoi.length);
      roiLow = OptionalDouble.of(Numerics.percentile(definedRoi, tail));
      roiHigh = OptionalDouble.of(Numerics.percentile(definedRoi, 100 - tail));
    }
    return new PsaOptionSummary(option, sum / n, Numerics.percentile(npv, tail), Numerics.percentile(npv, 100 - tail),
        (double) positive / n, meanRoi, roiLow, roiHigh, (double) aboveOne / n, n - definedRoi.length);
  }

  private static AcceptabilityPoint acceptability(double lambda, List<String> options, double[][] valued,
      double[][] costs, int n) {
    int k = valued.length;
    int[] best = new int[k + 1];
    double[] sums = new double[k + 1];
    double sumOfMax = 0;
    for (int i = 0; i < n; i++) {
      int bestIndex = 0;
      double bestValue = 0; // the counterfactual's incremental net benefit
      for (int j = 0; j < k; j++) {
        double nb = lambda * valued[j][i] - costs[j][i];
        sums[j + 1] += nb;
        if (nb > bestValue) {
          bestValue = nb;
          bestIndex = j + 1;
        }
      }
      best[bestIndex]++;
      sumOfMax += bestValue;
    }
    Map<String, Double> probability = new LinkedHashMap<>();
    Map<String, Double> expected = new LinkedHashMap<>();
    double maxOfMeans = Double.NEGATIVE_INFINITY;
    for (int j = 0; j <= k; j++) {
      probability.put(options.get(j), (double) best[j] / n);
      double mean = sums[j] / n;
      expected.put(options.get(j), mean);
      maxOfMeans = Math.max(maxOfMeans, mean);
    }
    double evpi = Math.max(0, sumOfMax / n - maxOfMeans);
    return new AcceptabilityPoint(lambda, probability, expected, evpi);
  }

  /** Builds an analysis. */
  public static final class Builder {
    private final AppraisalModel model;
    private final List<UncertainInput> inputs = new ArrayList<>();
    private CbaStrategy cba = CbaStrategy.greenBook();
    private RoiStrategy roi = RoiStrategy.undiscounted();

    private Builder(AppraisalModel model) {
      this.model = model;
    }

    /**
     * Declares an input.
     *
     * @param input the input
     * @return this builder
     */
    public Builder input(UncertainInput input) {
      Args.notNull(input, "input");
      if (inputs.stream().anyMatch(i -> i.name().equals(input.name()))) {
        throw new IllegalArgumentException("Input '" + input.name() + "' is declared twice");
      }
      inputs.add(input);
      return this;
    }

    /**
     * Sets the cost-benefit strategy giving NPV (default: Green Book standard).
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder cba(CbaStrategy strategy) {
      this.cba = Args.notNull(strategy, "strategy");
      return this;
    }

    /**
     * Sets the ROI strategy giving the ROI ratio (default: undiscounted).
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder roi(RoiStrategy strategy) {
      this.roi = Args.notNull(strategy, "strategy");
      return this;
    }

    /**
     * Builds the analysis and checks that the model builds at the base values.
     *
     * @return the analysis
     */
    public UncertaintyAnalysis build() {
      UncertaintyAnalysis ua = new UncertaintyAnalysis(model, inputs, cba, roi);
      ua.baseCase();
      return ua;
    }
  }
}
