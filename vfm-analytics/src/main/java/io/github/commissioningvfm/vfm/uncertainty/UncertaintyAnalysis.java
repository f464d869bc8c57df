package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.internal.Numerics;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
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
 * Sensitivity, scenario, switching-value and probabilistic analysis of an {@link AppraisalModel},
 * evaluated by any {@link VfmStrategy} on any of its declared metrics (methods and formulas in the
 * package documentation). A strategy that implements {@link FastHeadlines} is evaluated in double
 * precision; any other through its exact {@code evaluate}.
 *
 * <pre>{@code
 * UncertaintyAnalysis ua = UncertaintyAnalysis.builder(model)
 *     .input(UncertainInput.of("aeAvoided", 120, 80, 160, Distribution.Gamma.ofMeanSd(120, 20)))
 *     .strategy(CbaStrategy.greenBook().withOptimismBias(bias))
 *     .build();
 * SensitivityTables tornado = ua.oneWay("fund VCSE service", CbaStrategy.NPSV);
 * PsaResult psa = ua.psa(PsaSettings.builder().seed(2026).iterations(10_000).build());
 * }</pre>
 */
public final class UncertaintyAnalysis {

  private final AppraisalModel model;
  private final List<UncertainInput> inputs;
  private final VfmStrategy<?> strategy;

  private UncertaintyAnalysis(AppraisalModel model, List<UncertainInput> inputs, VfmStrategy<?> strategy) {
    this.model = model;
    this.inputs = List.copyOf(inputs);
    this.strategy = strategy;
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
   * The strategy evaluated.
   *
   * @return the strategy
   */
  public VfmStrategy<?> strategy() {
    return strategy;
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
   * A metric of an option for given input values, through the path uncertainty analysis uses (the
   * strategy's fast path if it has one).
   *
   * @param values the input values
   * @param option the option's name, not the counterfactual
   * @param metric one of the strategy's metrics
   * @return the figure, possibly undefined
   */
  public Figure figure(InputValues values, String option, Metric<?> metric) {
    Args.notNull(values, "values");
    Appraisal a = model.build(values);
    int j = alternativeIndex(a, option, metric);
    Draw d = new Draw(a.alternatives().size(), 1);
    evaluator(List.of(metric)).evaluate(a, d);
    return d.figure(j, 0, metric, a.priceBase());
  }

  private int alternativeIndex(Appraisal a, String option, Metric<?> metric) {
    Args.notBlank(option, "option");
    Args.notNull(metric, "metric");
    AppraisalOption o = a.option(option);
    if (o.name().equals(a.counterfactual())) {
      throw new IllegalArgumentException("Option '" + option + "' is the counterfactual: it has no " + metric.label()
          + " against itself");
    }
    return a.alternatives().indexOf(o);
  }

  private FastHeadlines.Evaluator evaluator(List<Metric<?>> metrics) {
    for (Metric<?> m : metrics) {
      if (!strategy.metrics().contains(m)) {
        throw new IllegalArgumentException("Strategy '" + strategy.id() + "' has no metric '" + m.id()
            + "'; its metrics are " + strategy.metrics().stream().map(Metric::id).toList());
      }
    }
    if (strategy instanceof FastHeadlines fast) {
      return fast.fastEvaluator(metrics);
    }
    return (appraisal, sink) -> {
      VfmResult r = strategy.evaluate(appraisal);
      List<AppraisalOption> alternatives = appraisal.alternatives();
      for (int j = 0; j < alternatives.size(); j++) {
        for (int m = 0; m < metrics.size(); m++) {
          OptionalDouble v = r.figure(alternatives.get(j).name(), metrics.get(m)).toDouble();
          if (v.isPresent()) {
            sink.defined(j, m, v.getAsDouble());
          } else {
            sink.undefined(j, m);
          }
        }
      }
    };
  }

  /** The values of one evaluation: alternatives x metrics. */
  private static final class Draw implements FastHeadlines.Sink {
    private final double[][] values;
    private final boolean[][] defined;

    Draw(int alternatives, int metrics) {
      values = new double[alternatives][metrics];
      defined = new boolean[alternatives][metrics];
    }

    @Override
    public void defined(int alternative, int metric, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalStateException("Metric " + metric + " of alternative " + alternative + " is not finite ("
            + value + "); a strategy must report an undefined figure instead");
      }
      values[alternative][metric] = value;
      defined[alternative][metric] = true;
    }

    @Override
    public void undefined(int alternative, int metric) {
      defined[alternative][metric] = false;
    }

    Figure figure(int j, int m, Metric<?> metric, FinancialYear priceBase) {
      return defined[j][m] ? Figure.ofDouble(metric.kind(), values[j][m], priceBase, metric.unit())
          : new Figure.Undefined(metric.label() + " is undefined for these input values ("
              + metric.definition() + ")");
    }
  }

  /** Thrown inside a root search when the metric is undefined at a point. */
  private static final class UndefinedMetric extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndefinedMetric() {
      super(null, null, false, false);
    }
  }

  /**
   * One-way sensitivity and switching values of an option's metric.
   *
   * @param option the option's name
   * @param metric one of the strategy's metrics
   * @return the tornado rows (largest swing first) and switching values
   */
  public SensitivityTables oneWay(String option, Metric<?> metric) {
    InputValues base = baseValues();
    Appraisal baseCase = model.build(base);
    int j = alternativeIndex(baseCase, option, metric);
    FastHeadlines.Evaluator eval = evaluator(List.of(metric));
    FinancialYear priceBase = baseCase.priceBase();
    List<TornadoRow> rows = new ArrayList<>();
    List<SwitchingValue> switching = new ArrayList<>();
    for (UncertainInput in : inputs) {
      Figure atLow = at(eval, base.with(in.name(), in.low()), j, metric, priceBase);
      Figure atHigh = at(eval, base.with(in.name(), in.high()), j, metric, priceBase);
      Figure swing = atLow.isDefined() && atHigh.isDefined()
          ? Figure.ofDouble(metric.kind() == Figure.Kind.COUNT ? Figure.Kind.QUANTITY : metric.kind(),
              Math.abs(atHigh.toDouble().getAsDouble() - atLow.toDouble().getAsDouble()), priceBase, metric.unit())
          : new Figure.Undefined("the metric is undefined at one end of the range");
      rows.add(new TornadoRow(in.name(), in.low(), in.high(), atLow, atHigh, swing));
      switching.add(switchingValue(eval, base, in, j, metric, priceBase));
    }
    rows.sort(Comparator.comparingDouble((TornadoRow r) -> r.swing().toDouble().orElse(-1)).reversed());
    return new SensitivityTables(strategy.id(), option, metric.id(), metric.label(), metric.switchingTarget(),
        at(eval, base, j, metric, priceBase), rows, switching);
  }

  private Figure at(FastHeadlines.Evaluator eval, InputValues values, int j, Metric<?> metric, FinancialYear base) {
    Appraisal a = model.build(values);
    Draw d = new Draw(a.alternatives().size(), 1);
    eval.evaluate(a, d);
    return d.figure(j, 0, metric, base);
  }

  private SwitchingValue switchingValue(FastHeadlines.Evaluator eval, InputValues base, UncertainInput in, int j,
      Metric<?> metric, FinancialYear priceBase) {
    double target = metric.switchingTarget();
    String reaches = metric.label() + " = " + Figure.significant(java.math.BigDecimal.valueOf(target));
    if (in.low() == in.high()) {
      return new SwitchingValue(in.name(), in.base(), new Figure.Undefined("no range given for this input"));
    }
    try {
      OptionalDouble root = Numerics.root(x -> {
        Figure f = at(eval, base.with(in.name(), x), j, metric, priceBase);
        return f.toDouble().orElseThrow(UndefinedMetric::new) - target;
      }, in.low(), in.high(), 1e-9 * Math.max(1, Math.abs(in.high() - in.low())));
      if (root.isPresent()) {
        return new SwitchingValue(in.name(), in.base(),
            new Figure.Quantity(java.math.BigDecimal.valueOf(root.getAsDouble()), ""));
      }
      return new SwitchingValue(in.name(), in.base(), new Figure.Undefined("does not reach " + reaches
          + " between " + number(in.low()) + " and " + number(in.high())));
    } catch (UndefinedMetric e) {
      return new SwitchingValue(in.name(), in.base(), new Figure.Undefined(metric.label()
          + " is undefined somewhere between " + number(in.low()) + " and " + number(in.high())));
    }
  }

  private static String number(double value) {
    return Figure.significant(java.math.BigDecimal.valueOf(value));
  }

  /**
   * Scenario analysis: every headline figure of every option other than the counterfactual in each
   * scenario, from the strategy's exact evaluation.
   *
   * @param scenarios the scenarios
   * @return a table with one row per scenario and option, the base case first
   */
  public ResultTable scenarios(List<Scenario> scenarios) {
    Args.noNullElements(scenarios, "scenarios");
    Set<String> known = new HashSet<>();
    inputs.forEach(i -> known.add(i.name()));
    List<String> columns = new ArrayList<>(List.of("scenario", "option"));
    strategy.metrics().forEach(m -> columns.add(m.label()));
    ResultTable.Builder t = ResultTable.builder("Scenario analysis (" + strategy.id() + ")", columns.toArray(new String[0]));
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
      VfmResult r = strategy.evaluate(a);
      for (AppraisalOption o : a.alternatives()) {
        List<Object> row = new ArrayList<>(List.of(s.name(), o.name()));
        strategy.metrics().forEach(m -> row.add(r.figure(o.name(), m)));
        t.row(row.toArray());
      }
    }
    return t.build();
  }

  /**
   * Probabilistic sensitivity analysis (Monte Carlo) of every metric the strategy declares, with an
   * acceptability curve and EVPI when the strategy declares a {@link NetBenefitBasis}.
   *
   * @param settings the settings
   * @return the result; identical for the same settings whatever {@code settings.threads()}
   */
  public PsaResult psa(PsaSettings settings) {
    Args.notNull(settings, "settings");
    Appraisal base = baseCase();
    List<String> alternatives = base.alternatives().stream().map(AppraisalOption::name).toList();
    List<Metric<?>> metrics = strategy.metrics();
    int n = settings.iterations();
    int k = alternatives.size();
    int mCount = metrics.size();
    double[][][] values = new double[k][mCount][n];
    boolean[][][] defined = new boolean[k][mCount][n];
    FastHeadlines.Evaluator eval = evaluator(metrics);
    RandomStreams streams = RandomStreams.of(settings.seed());
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(i ->
          iterate(i, streams, eval, alternatives, values, defined))).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("PSA interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    double tail = (100 - settings.intervalPercent()) / 2;
    List<PsaSummary> summaries = new ArrayList<>();
    List<PsaDraws> draws = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      for (int m = 0; m < mCount; m++) {
        summaries.add(summarise(alternatives.get(j), metrics.get(m), values[j][m], defined[j][m], tail, settings,
            base.priceBase()));
        draws.add(new PsaDraws(alternatives.get(j), metrics.get(m).id(), values[j][m], defined[j][m]));
      }
    }
    List<String> options = new ArrayList<>();
    options.add(base.counterfactual());
    options.addAll(alternatives);
    List<AcceptabilityPoint> curve = new ArrayList<>();
    List<String> assumptions = new ArrayList<>(base.assumptions());
    if (strategy.netBenefit().isPresent()) {
      NetBenefitBasis nb = strategy.netBenefit().get();
      int valueIndex = metrics.indexOf(nb.value());
      int costIndex = metrics.indexOf(nb.cost());
      for (double lambda : settings.thresholds()) {
        curve.add(acceptability(lambda, options, values, defined, valueIndex, costIndex, n));
      }
      assumptions.add("Acceptability and EVPI: NB(lambda) = lambda x " + nb.value().label() + " - "
          + nb.cost().label() + "; lambda = " + nb.lambdaMeaning());
    } else {
      assumptions.add("No acceptability curve or EVPI: strategy '" + strategy.id() + "' declares no net benefit");
    }
    assumptions.add("Inputs drawn independently; iteration i uses random stream i of seed " + settings.seed());
    inputs.forEach(in -> assumptions.add("Input '" + in.name() + "': " + in.distribution().map(Object::toString)
        .orElse("fixed at " + in.base())));
    return new PsaResult("psa", strategy.id(), base.name(), base.priceBase(), settings, options, summaries, curve,
        draws, strategy.evaluate(base).sources(), assumptions);
  }

  private void iterate(int i, RandomStreams streams, FastHeadlines.Evaluator eval, List<String> alternatives,
      double[][][] values, boolean[][][] defined) {
    SplittableRandom rng = streams.forIteration(i);
    Map<String, Double> drawn = new LinkedHashMap<>();
    for (UncertainInput in : inputs) {
      drawn.put(in.name(), in.distribution().isPresent() ? in.distribution().get().sample(rng) : in.base());
    }
    Appraisal a = model.build(new InputValues(drawn));
    if (!a.alternatives().stream().map(AppraisalOption::name).toList().equals(alternatives)) {
      throw new IllegalStateException("PSA iteration " + i + ": the model built options "
          + a.alternatives().stream().map(AppraisalOption::name).toList() + " but the base case has " + alternatives);
    }
    eval.evaluate(a, new FastHeadlines.Sink() {
      @Override
      public void defined(int alternative, int metric, double value) {
        if (!Double.isFinite(value)) {
          throw new IllegalStateException("PSA iteration " + i + ": metric " + metric + " is not finite (" + value
              + "); a strategy must report an undefined figure instead");
        }
        values[alternative][metric][i] = value;
        defined[alternative][metric][i] = true;
      }

      @Override
      public void undefined(int alternative, int metric) {
        defined[alternative][metric][i] = false;
      }
    });
  }

  private static PsaSummary summarise(String option, Metric<?> metric, double[] values, boolean[] defined, double tail,
      PsaSettings settings, FinancialYear priceBase) {
    int n = values.length;
    double[] ok = IntStream.range(0, n).filter(i -> defined[i]).mapToDouble(i -> values[i]).toArray();
    long above = IntStream.range(0, n).filter(i -> defined[i] && values[i] > metric.switchingTarget()).count();
    String method = "percentile interval of " + ok.length + " Monte Carlo draws";
    if (ok.length == 0) {
      Figure none = new Figure.Undefined(metric.label() + " is undefined in every iteration");
      return new PsaSummary(option, metric.id(), metric.label(), none, none, none, settings.intervalPercent(), method,
          new Figure.Share(0), n);
    }
    double sum = 0;
    for (double v : ok) {
      sum += v;
    }
    Figure.Kind kind = metric.kind() == Figure.Kind.COUNT ? Figure.Kind.QUANTITY : metric.kind();
    return new PsaSummary(option, metric.id(), metric.label(),
        Figure.ofDouble(kind, sum / ok.length, priceBase, metric.unit()),
        Figure.ofDouble(kind, Numerics.percentile(ok, tail), priceBase, metric.unit()),
        Figure.ofDouble(kind, Numerics.percentile(ok, 100 - tail), priceBase, metric.unit()),
        settings.intervalPercent(), method, new Figure.Share((double) above / n), n - ok.length);
  }

  private static AcceptabilityPoint acceptability(double lambda, List<String> options, double[][][] values,
      boolean[][][] defined, int valueIndex, int costIndex, int n) {
    int k = values.length;
    int[] best = new int[k + 1];
    double[] sums = new double[k + 1];
    double sumOfMax = 0;
    for (int i = 0; i < n; i++) {
      int bestIndex = 0;
      double bestValue = 0; // the counterfactual's incremental net benefit
      for (int j = 0; j < k; j++) {
        if (!defined[j][valueIndex][i] || !defined[j][costIndex][i]) {
          throw new IllegalStateException("PSA iteration " + i + ": the net benefit of '" + options.get(j + 1)
              + "' is undefined");
        }
        double nb = lambda * values[j][valueIndex][i] - values[j][costIndex][i];
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
    private VfmStrategy<?> strategy = CbaStrategy.greenBook();

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
     * Sets the strategy whose metrics are analysed (default: Green Book cost-benefit analysis).
     *
     * @param value any strategy, built-in or plugged in
     * @return this builder
     */
    public Builder strategy(VfmStrategy<?> value) {
      this.strategy = Args.notNull(value, "strategy");
      return this;
    }

    /**
     * Builds the analysis and checks that the model builds at the base values.
     *
     * @return the analysis
     */
    public UncertaintyAnalysis build() {
      UncertaintyAnalysis ua = new UncertaintyAnalysis(model, inputs, strategy);
      ua.baseCase();
      return ua;
    }
  }
}
