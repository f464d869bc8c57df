package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.internal.Numerics;
import io.github.commissioningvfm.vfm.internal.Parallel;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

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
 *
 * @since 0.1.0
 */
public final class UncertaintyAnalysis {

  private final AppraisalModel model;
  private final List<UncertainInput> inputs;
  private final VfmStrategy<?> strategy;
  /** The base case, built once (the model is a pure function of the input values). */
  private volatile Appraisal baseCase;
  /**
   * The sources of each strategy's base-case result, by strategy instance, computed once (keyed by
   * identity: a record strategy's first {@code hashCode} is costly in a fresh JVM).
   */
  private final Map<VfmStrategy<?>, List<SourceReference>> baseSources =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

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
    Appraisal a = baseCase;
    if (a == null) {
      a = model.build(baseValues());
      baseCase = a;
    }
    return a;
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
    return at(evaluator(strategy, List.of(metric)), a, j, metric, a.priceBase());
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

  /** The strategy's fast evaluator, or null if it has none. */
  private static FastHeadlines.Evaluator evaluator(VfmStrategy<?> strategy, List<Metric<?>> metrics) {
    for (Metric<?> m : metrics) {
      if (!strategy.metrics().contains(m)) {
        throw new IllegalArgumentException("Strategy '" + strategy.id() + "' has no metric '" + m.id()
            + "'; its metrics are " + strategy.metrics().stream().map(Metric::id).toList());
      }
    }
    return strategy instanceof FastHeadlines fast ? fast.fastEvaluator(metrics) : null;
  }

  /** Evaluates an appraisal exactly and reports each alternative's metrics. */
  private static void exact(VfmStrategy<?> strategy, List<Metric<?>> metrics, Appraisal appraisal,
      FastHeadlines.Sink sink) {
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
    FastHeadlines.Evaluator eval = evaluator(strategy, List.of(metric));
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
    return at(eval, model.build(values), j, metric, base);
  }

  /** A metric of alternative {@code j}, through the fast evaluator if there is one, else exactly. */
  private Figure at(FastHeadlines.Evaluator eval, Appraisal a, int j, Metric<?> metric, FinancialYear base) {
    Draw d = new Draw(a.alternatives().size(), 1);
    if (eval != null) {
      eval.evaluate(AppraisalArrays.shapedLike(a).write(a), d);
    } else {
      exact(strategy, List.of(metric), a, d);
    }
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
    return psa(settings, List.of(strategy)).get(0);
  }

  /**
   * Probabilistic sensitivity analysis of several strategies from the same draws: iteration
   * {@code i} draws its inputs once and every strategy evaluates them, so the results are exactly
   * those of {@link #psa(PsaSettings)} run with each strategy in turn, at the cost of one set of
   * draws. When the model is an {@link ArrayAppraisalModel} and every strategy has the
   * {@link FastHeadlines} capability, no appraisal is built per iteration.
   *
   * @param settings the settings
   * @param strategies the strategies, ids distinct (the analysis's own strategy need not be one)
   * @return one result per strategy, in the order given
   */
  public List<PsaResult> psa(PsaSettings settings, List<? extends VfmStrategy<?>> strategies) {
    Args.notNull(settings, "settings");
    Args.notEmpty(strategies, "strategies");
    Args.noNullElements(strategies, "strategies");
    Set<String> ids = new HashSet<>();
    for (VfmStrategy<?> s : strategies) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("Strategy '" + s.id() + "' is given twice; give each strategy once");
      }
    }
    Appraisal base = baseCase();
    List<String> alternatives = base.alternatives().stream().map(AppraisalOption::name).toList();
    Plan plan = new Plan(base, strategies, settings.iterations());
    RandomStreams streams = RandomStreams.of(settings.seed());
    int n = settings.iterations();
    int chunks = (n + CHUNK - 1) / CHUNK;
    ForkJoinPool pool = settings.threads() == 1 || chunks == 1 ? null : new ForkJoinPool(settings.threads());
    try {
      Parallel.forEach(pool, chunks, c -> runChunk(c, plan, streams, alternatives, n), "PSA");
      return results(pool, strategies, plan, base, alternatives, settings);
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  /** Iterations per unit of parallel work; results do not depend on it. */
  private static final int CHUNK = 256;

  /** What one PSA evaluates and where it writes: per strategy, alternatives x metrics x iterations. */
  private final class Plan {
    final List<? extends VfmStrategy<?>> strategies;
    final FastHeadlines.Evaluator[] evaluators;
    final double[][][][] values;
    final boolean[][][][] defined;
    final String[] names;
    final double[] baseValues;
    final Distribution[] distributions;
    final ArrayAppraisalModel.Writer writer;
    final boolean needAppraisal;
    final boolean needArrays;
    final Appraisal shape;

    Plan(Appraisal base, List<? extends VfmStrategy<?>> strategies, int n) {
      this.strategies = strategies;
      this.shape = base;
      int k = base.alternatives().size();
      evaluators = new FastHeadlines.Evaluator[strategies.size()];
      values = new double[strategies.size()][][][];
      defined = new boolean[strategies.size()][][][];
      boolean allFast = true;
      boolean anyFast = false;
      for (int s = 0; s < strategies.size(); s++) {
        List<Metric<?>> metrics = strategies.get(s).metrics();
        evaluators[s] = evaluator(strategies.get(s), metrics);
        allFast &= evaluators[s] != null;
        anyFast |= evaluators[s] != null;
        values[s] = new double[k][metrics.size()][n];
        defined[s] = new boolean[k][metrics.size()][n];
      }
      int q = inputs.size();
      names = new String[q];
      baseValues = new double[q];
      distributions = new Distribution[q];
      for (int i = 0; i < q; i++) {
        UncertainInput in = inputs.get(i);
        names[i] = in.name();
        baseValues[i] = in.base();
        distributions[i] = in.distribution().orElse(null);
      }
      writer = anyFast && model instanceof ArrayAppraisalModel am ? checkedWriter(am, base) : null;
      needAppraisal = !allFast || writer == null;
      needArrays = anyFast;
    }

    AppraisalArrays arrays() {
      return needArrays ? AppraisalArrays.shapedLike(shape) : null;
    }

    /** The model's array writer, after checking it agrees with {@code build} at the base values. */
    private ArrayAppraisalModel.Writer checkedWriter(ArrayAppraisalModel am, Appraisal base) {
      ArrayAppraisalModel.Writer w = am.arrayWriter(List.of(names));
      AppraisalArrays fromWriter = AppraisalArrays.shapedLike(base);
      w.write(baseValues.clone(), fromWriter);
      AppraisalArrays fromBuild = AppraisalArrays.shapedLike(base).write(base);
      String difference = firstDifference(fromBuild, fromWriter);
      if (difference != null) {
        throw new IllegalStateException("The model's array writer disagrees with its build() at the base values: "
            + difference);
      }
      return w;
    }
  }

  /**
   * The first flow where two arrays of the same shape differ by more than {@code 1e-9} relative to
   * the larger magnitude (at least 1), or null.
   */
  private static String firstDifference(AppraisalArrays expected, AppraisalArrays actual) {
    for (int o = 0; o <= expected.alternatives(); o++) {
      for (Perspective p : Perspective.values()) {
        for (int t = 0; t < expected.years(); t++) {
          if (differ(expected.cost(o, p, t), actual.cost(o, p, t))) {
            return "option " + o + " (0 is the counterfactual), costs borne by " + p + ", year " + t + ": "
                + actual.cost(o, p, t) + " where build() gives " + expected.cost(o, p, t);
          }
          for (boolean cashable : new boolean[] {false, true}) {
            if (differ(expected.benefit(o, p, t, cashable), actual.benefit(o, p, t, cashable))) {
              return "option " + o + " (0 is the counterfactual), " + (cashable ? "cashable " : "")
                  + "benefits received by " + p + ", year " + t + ": " + actual.benefit(o, p, t, cashable)
                  + " where build() gives " + expected.benefit(o, p, t, cashable);
            }
          }
        }
      }
      for (int m = 0; m < expected.effectMeasures().size(); m++) {
        for (int t = 0; t < expected.years(); t++) {
          if (differ(expected.effect(o, m, t), actual.effect(o, m, t))) {
            return "option " + o + " (0 is the counterfactual), effect '" + expected.effectMeasures().get(m)
                + "', year " + t + ": " + actual.effect(o, m, t) + " where build() gives " + expected.effect(o, m, t);
          }
        }
      }
    }
    return null;
  }

  private static boolean differ(double a, double b) {
    return !(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))));
  }

  private void runChunk(int chunk, Plan plan, RandomStreams streams, List<String> alternatives, int n) {
    int from = chunk * CHUNK;
    int to = Math.min(n, from + CHUNK);
    int q = plan.names.length;
    double[] x = new double[q];
    AppraisalArrays arrays = plan.arrays();
    int strategyCount = plan.strategies.size();
    IterationSink[] sinks = new IterationSink[strategyCount];
    for (int s = 0; s < strategyCount; s++) {
      sinks[s] = new IterationSink(plan.values[s], plan.defined[s]);
    }
    for (int i = from; i < to; i++) {
      SplittableRandom rng = streams.forIteration(i);
      for (int v = 0; v < q; v++) {
        Distribution d = plan.distributions[v];
        x[v] = d == null ? plan.baseValues[v] : d.sample(rng);
      }
      Appraisal a = null;
      if (plan.needAppraisal) {
        Map<String, Double> drawn = new LinkedHashMap<>();
        for (int v = 0; v < q; v++) {
          drawn.put(plan.names[v], x[v]);
        }
        a = model.build(new InputValues(drawn));
        if (!a.alternatives().stream().map(AppraisalOption::name).toList().equals(alternatives)) {
          throw new IllegalStateException("PSA iteration " + i + ": the model built options "
              + a.alternatives().stream().map(AppraisalOption::name).toList() + " but the base case has "
              + alternatives);
        }
      }
      if (arrays != null) {
        if (plan.writer != null) {
          arrays.clear();
          plan.writer.write(x, arrays);
        } else {
          arrays.write(a);
        }
      }
      for (int s = 0; s < strategyCount; s++) {
        IterationSink sink = sinks[s];
        sink.iteration = i;
        FastHeadlines.Evaluator e = plan.evaluators[s];
        if (e != null) {
          e.evaluate(arrays, sink);
        } else {
          VfmStrategy<?> strategy = plan.strategies.get(s);
          exact(strategy, strategy.metrics(), a, sink);
        }
      }
    }
  }

  /** Writes one iteration's figures of one strategy into its arrays. */
  private static final class IterationSink implements FastHeadlines.Sink {
    private final double[][][] values;
    private final boolean[][][] defined;
    int iteration;

    IterationSink(double[][][] values, boolean[][][] defined) {
      this.values = values;
      this.defined = defined;
    }

    @Override
    public void defined(int alternative, int metric, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalStateException("PSA iteration " + iteration + ": metric " + metric + " is not finite ("
            + value + "); a strategy must report an undefined figure instead");
      }
      values[alternative][metric][iteration] = value;
      defined[alternative][metric][iteration] = true;
    }

    @Override
    public void undefined(int alternative, int metric) {
      defined[alternative][metric][iteration] = false;
    }
  }

  /**
   * Summaries, draws and acceptability curves of every strategy; each is a pure function of the
   * simulated arrays, computed in parallel and assembled in a fixed order.
   */
  private List<PsaResult> results(ForkJoinPool pool, List<? extends VfmStrategy<?>> strategies, Plan plan,
      Appraisal base, List<String> alternatives, PsaSettings settings) {
    int n = settings.iterations();
    int k = alternatives.size();
    double tail = (100 - settings.intervalPercent()) / 2;
    List<String> options = new ArrayList<>();
    options.add(base.counterfactual());
    options.addAll(alternatives);
    double[] lambdas = new double[settings.thresholds().size()];
    for (int l = 0; l < lambdas.length; l++) {
      lambdas[l] = settings.thresholds().get(l);
    }
    List<int[]> tasks = new ArrayList<>(); // {strategy, alternative, metric} or {strategy, -1, threshold}
    for (int s = 0; s < strategies.size(); s++) {
      VfmStrategy<?> strategy = strategies.get(s);
      for (int j = 0; j < k; j++) {
        for (int m = 0; m < strategy.metrics().size(); m++) {
          tasks.add(new int[] {s, j, m});
        }
      }
      if (strategy.netBenefit().isPresent()) {
        NetBenefitBasis nb = strategy.netBenefit().get();
        requireNetBenefit(options, plan.defined[s], strategy.metrics().indexOf(nb.value()),
            strategy.metrics().indexOf(nb.cost()));
        for (int l = 0; l < lambdas.length; l++) {
          tasks.add(new int[] {s, -1, l});
        }
      }
    }
    Object[] parts = new Object[tasks.size()];
    Parallel.forEach(pool, tasks.size(), t -> {
      int[] task = tasks.get(t);
      VfmStrategy<?> strategy = strategies.get(task[0]);
      List<Metric<?>> metrics = strategy.metrics();
      double[][][] values = plan.values[task[0]];
      if (task[1] >= 0) {
        int j = task[1];
        int m = task[2];
        parts[t] = new Object[] {summarise(alternatives.get(j), metrics.get(m), values[j][m], plan.defined[task[0]][j][m],
            tail, settings, base.priceBase()),
            new PsaDraws(alternatives.get(j), metrics.get(m).id(), values[j][m], plan.defined[task[0]][j][m])};
      } else {
        NetBenefitBasis nb = strategy.netBenefit().orElseThrow();
        parts[t] = acceptability(lambdas[task[2]], options, values, metrics.indexOf(nb.value()),
            metrics.indexOf(nb.cost()), n);
      }
    }, "PSA");
    List<PsaResult> out = new ArrayList<>();
    int t = 0;
    for (VfmStrategy<?> strategy : strategies) {
      List<PsaSummary> summaries = new ArrayList<>();
      List<PsaDraws> draws = new ArrayList<>();
      List<AcceptabilityPoint> curve = new ArrayList<>();
      int first = t;
      for (; t < parts.length && tasks.get(t)[0] == tasks.get(first)[0]; t++) {
        if (parts[t] instanceof AcceptabilityPoint p) {
          curve.add(p);
        } else {
          Object[] pair = (Object[]) parts[t];
          summaries.add((PsaSummary) pair[0]);
          draws.add((PsaDraws) pair[1]);
        }
      }
      List<String> assumptions = new ArrayList<>(base.assumptions());
      if (strategy.netBenefit().isPresent()) {
        NetBenefitBasis nb = strategy.netBenefit().get();
        assumptions.add("Acceptability and EVPI: NB(lambda) = lambda x " + nb.value().label() + " - "
            + nb.cost().label() + "; lambda = " + nb.lambdaMeaning());
      } else {
        assumptions.add("No acceptability curve or EVPI: strategy '" + strategy.id() + "' declares no net benefit");
      }
      assumptions.add("Inputs drawn independently; iteration i uses random stream i of seed " + settings.seed());
      for (UncertainInput in : inputs) {
        assumptions.add("Input '" + in.name() + "': " + in.distribution().map(Object::toString)
            .orElse("fixed at " + in.base()));
      }
      out.add(new PsaResult("psa", strategy.id(), base.name(), base.priceBase(), settings, options, summaries, curve,
          draws, baseSources.computeIfAbsent(strategy, x -> x.sources(base)), assumptions));
    }
    return out;
  }

  private static PsaSummary summarise(String option, Metric<?> metric, double[] values, boolean[] defined, double tail,
      PsaSettings settings, FinancialYear priceBase) {
    int n = values.length;
    int count = 0;
    long above = 0;
    double target = metric.switchingTarget();
    for (int i = 0; i < n; i++) {
      if (defined[i]) {
        count++;
        if (values[i] > target) {
          above++;
        }
      }
    }
    double[] ok = new double[count];
    for (int i = 0, c = 0; i < n; i++) {
      if (defined[i]) {
        ok[c++] = values[i];
      }
    }
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
        Figure.ofDouble(kind, Numerics.quantileBySelection(ok, tail / 100), priceBase, metric.unit()),
        Figure.ofDouble(kind, Numerics.quantileBySelection(ok, (100 - tail) / 100), priceBase, metric.unit()),
        settings.intervalPercent(), method, new Figure.Share((double) above / n), n - ok.length);
  }

  private static AcceptabilityPoint acceptability(double lambda, List<String> options, double[][][] values,
      int valueIndex, int costIndex, int n) {
    int k = values.length;
    int[] bestIndex = new int[n];
    double[] bestValue = new double[n]; // the counterfactual's incremental net benefit is 0
    double[] sums = new double[k + 1];
    for (int j = 0; j < k; j++) {
      double[] value = values[j][valueIndex];
      double[] cost = values[j][costIndex];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double nb = lambda * value[i] - cost[i];
        sum += nb;
        if (nb > bestValue[i]) {
          bestValue[i] = nb;
          bestIndex[i] = j + 1;
        }
      }
      sums[j + 1] = sum;
    }
    int[] best = new int[k + 1];
    double sumOfMax = 0;
    for (int i = 0; i < n; i++) {
      best[bestIndex[i]]++;
      sumOfMax += bestValue[i];
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

  /** Refuses an iteration where an option's net benefit is undefined. */
  private static void requireNetBenefit(List<String> options, boolean[][][] defined, int valueIndex, int costIndex) {
    for (int j = 0; j < defined.length; j++) {
      boolean[] value = defined[j][valueIndex];
      boolean[] cost = defined[j][costIndex];
      for (int i = 0; i < value.length; i++) {
        if (!value[i] || !cost[i]) {
          throw new IllegalStateException("PSA iteration " + i + ": the net benefit of '" + options.get(j + 1)
              + "' is undefined");
        }
      }
    }
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
