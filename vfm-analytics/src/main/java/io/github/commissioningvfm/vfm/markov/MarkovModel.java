package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A discrete-time cohort state-transition model with one or more strategies (formulas in the
 * package documentation).
 *
 * <pre>{@code
 * MarkovModel model = MarkovModel.builder()
 *     .states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0)
 *     .cycles(40).cycleLengthYears(1).counting(CountingConvention.HALF_CYCLE)
 *     .strategy(MarkovStrategy.of("usual care", TransitionModel.constant(p0),
 *         StateValues.constant(100, 2000, 0), StateValues.constant(0.9, 0.6, 0)))
 *     .strategy(MarkovStrategy.of("new pathway", TransitionModel.constant(p1),
 *         StateValues.constant(400, 2000, 0), StateValues.constant(0.9, 0.6, 0)))
 *     .build();
 * MarkovResult result = model.run();
 * }</pre>
 *
 * <p>Discount factors at time {@code tL} years come from a {@link DiscountSchedule}:
 * {@code D(tL) = D(k) / (1 + r(k + 1))^(tL - k)} with {@code k = floor(tL)}, which is the schedule's
 * own factor for whole years. Defaults: NICE reference case, 3.5% a year for costs and for health
 * effects (NICE health technology evaluations manual, PMG36, 2022); half-cycle correction; annual
 * cycles. Rows of every cycle's matrix are checked against {@link #rowTolerance()}.
 *
 * <p>Instances are immutable and thread-safe; the {@link Workspace} of the fast path is not.
 *
 * @since 0.1.0
 */
public final class MarkovModel {

  private final List<String> states;
  private final boolean[] alive;
  private final double[] initial;
  private final int cycles;
  private final double cycleLengthYears;
  private final CountingConvention counting;
  private final DiscountSchedule costDiscount;
  private final DiscountSchedule outcomeDiscount;
  private final double rowTolerance;
  private final List<MarkovStrategy> strategies;
  private final double[][] entryCosts;
  private final double[] weights;
  private final double[] costFactors;
  private final double[] outcomeFactors;

  private MarkovModel(Builder b) {
    this.states = List.copyOf(b.states);
    int n = states.size();
    this.alive = new boolean[n];
    Arrays.fill(alive, true);
    for (String d : b.dead) {
      alive[TransitionMatrix.index(states, d)] = false;
    }
    Args.check(b.initial != null, "initial", "be set (one occupancy per state)", "not set");
    Args.check(b.initial.length == n, "initial", "have one occupancy per state (" + n + ")", b.initial.length);
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (!(b.initial[i] >= 0) || !Double.isFinite(b.initial[i])) {
        throw new IllegalArgumentException("Initial occupancy of '" + states.get(i) + "' must be finite and not negative: "
            + b.initial[i]);
      }
      total += b.initial[i];
    }
    Args.check(total > 0, "initial", "hold a positive cohort", total);
    this.initial = b.initial.clone();
    this.cycles = Args.positive(b.cycles, "cycles");
    this.cycleLengthYears = Args.positive(b.cycleLengthYears, "cycleLengthYears");
    this.counting = b.counting;
    this.costDiscount = b.costDiscount;
    this.outcomeDiscount = b.outcomeDiscount;
    this.rowTolerance = Args.positive(b.rowTolerance, "rowTolerance");
    this.strategies = List.copyOf(Args.notEmpty(b.strategies, "strategies"));
    Set<String> names = new HashSet<>();
    this.entryCosts = new double[strategies.size()][n];
    for (int s = 0; s < strategies.size(); s++) {
      MarkovStrategy st = strategies.get(s);
      if (!names.add(st.name())) {
        throw new IllegalArgumentException("Strategy '" + st.name() + "' is defined twice");
      }
      for (Map.Entry<String, Double> e : st.entryCosts().entrySet()) {
        entryCosts[s][TransitionMatrix.index(states, e.getKey())] = e.getValue();
      }
    }
    this.weights = counting.weights(cycles);
    this.costFactors = factors(costDiscount, cycles, cycleLengthYears);
    this.outcomeFactors = factors(outcomeDiscount, cycles, cycleLengthYears);
  }

  private record FactorKey(DiscountSchedule schedule, int cycles, double length) {
  }

  /** Discount factors by schedule and horizon: models rebuilt in every PSA iteration share them. */
  private static final Map<FactorKey, double[]> FACTORS = new ConcurrentHashMap<>();

  private static double[] factors(DiscountSchedule schedule, int cycles, double length) {
    if (FACTORS.size() > 256) {
      FACTORS.clear();
    }
    return FACTORS.computeIfAbsent(new FactorKey(schedule, cycles, length), k -> computeFactors(schedule, cycles, length));
  }

  private static double[] computeFactors(DiscountSchedule schedule, int cycles, double length) {
    int years = (int) Math.ceil(cycles * length) + 2;
    List<java.math.BigDecimal> exact = schedule.factors(years);
    double[] whole = new double[years];
    for (int y = 0; y < years; y++) {
      whole[y] = exact.get(y).doubleValue();
    }
    double[] out = new double[cycles + 1];
    for (int t = 0; t <= cycles; t++) {
      double time = t * length;
      int k = (int) Math.floor(time + 1e-12);
      double frac = time - k;
      out[t] = frac <= 1e-12 ? whole[k]
          : whole[k] / Math.pow(1 + schedule.rateFor(k + 1).fraction().doubleValue(), frac);
    }
    return out;
  }

  /**
   * Starts a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The NICE reference-case discount schedule: 3.5% a year.
   *
   * @return the schedule
   */
  public static DiscountSchedule niceReferenceCase() {
    return new DiscountSchedule("NICE reference case 3.5%", "NICE health technology evaluations manual (PMG36, 2022)",
        List.of(new DiscountSchedule.Band(0, DiscountRate.ofPercent("3.5"))));
  }

  /**
   * The state names.
   *
   * @return the names
   */
  public List<String> states() {
    return states;
  }

  /**
   * The strategies.
   *
   * @return the strategies, in order
   */
  public List<MarkovStrategy> strategies() {
    return strategies;
  }

  /**
   * The number of cycles {@code T}.
   *
   * @return the cycles
   */
  public int cycles() {
    return cycles;
  }

  /**
   * The cycle length {@code L} in years.
   *
   * @return the length
   */
  public double cycleLengthYears() {
    return cycleLengthYears;
  }

  /**
   * The counting convention.
   *
   * @return the convention
   */
  public CountingConvention counting() {
    return counting;
  }

  /**
   * The tolerance on row sums.
   *
   * @return the tolerance
   */
  public double rowTolerance() {
    return rowTolerance;
  }

  /**
   * The discount schedule of costs.
   *
   * @return the schedule
   */
  public DiscountSchedule costDiscount() {
    return costDiscount;
  }

  /**
   * The discount schedule of QALYs and life-years.
   *
   * @return the schedule
   */
  public DiscountSchedule outcomeDiscount() {
    return outcomeDiscount;
  }

  /**
   * The starting cohort.
   *
   * @return one occupancy per state
   */
  public double[] initial() {
    return initial.clone();
  }

  /**
   * Runs every strategy and keeps its trace and per-row values.
   *
   * @return the result
   */
  public MarkovResult run() {
    Workspace ws = newWorkspace();
    List<StrategyResult> out = new ArrayList<>();
    int n = states.size();
    for (int s = 0; s < strategies.size(); s++) {
      double[][] trace = new double[cycles + 1][n];
      double[] c = new double[cycles + 1];
      double[] e = new double[cycles + 1];
      double[] q = new double[cycles + 1];
      double[] l = new double[cycles + 1];
      double[] tot = new double[6];
      runStrategy(s, ws, trace, c, e, q, l, tot);
      out.add(new StrategyResult(strategies.get(s).name(), states, trace, c, e, q, l,
          new Totals(tot[0], tot[1], tot[2], tot[3], tot[4], tot[5])));
    }
    return new MarkovResult(cycles, cycleLengthYears, counting.toString(), out);
  }

  /**
   * A reusable scratch space for {@link #totals(Workspace, double[])}, for one thread.
   *
   * @return a new workspace
   */
  public Workspace newWorkspace() {
    return new Workspace(states.size());
  }

  /**
   * The fast path: discounted totals of every strategy without keeping the trace, allocating nothing.
   * {@code out[3s]} is strategy {@code s}'s cost, {@code out[3s + 1]} its QALYs and
   * {@code out[3s + 2]} its life-years, as {@link Totals#cost()}, {@link Totals#qalys()} and
   * {@link Totals#lifeYears()} of {@link #run()}.
   *
   * @param ws a workspace of this model's size, used by one thread
   * @param out at least {@code 3 x strategies} entries
   */
  public void totals(Workspace ws, double[] out) {
    if (ws.n != states.size() || out.length < 3 * strategies.size()) {
      throw new IllegalArgumentException("Fast path of a model with " + states.size() + " states and "
          + strategies.size() + " strategies needs a workspace for " + states.size() + " states (got " + ws.n
          + ") and room for " + 3 * strategies.size() + " totals (got " + out.length + ")");
    }
    for (int s = 0; s < strategies.size(); s++) {
      runStrategy(s, ws, null, null, null, null, null, ws.totals);
      out[3 * s] = ws.totals[0];
      out[3 * s + 1] = ws.totals[1];
      out[3 * s + 2] = ws.totals[2];
    }
  }

  private void runStrategy(int s, Workspace ws, double[][] trace, double[] costRow, double[] entryRow, double[] qalyRow,
      double[] lyRow, double[] tot) {
    MarkovStrategy st = strategies.get(s);
    int n = states.size();
    boolean record = trace != null;
    double[] p = ws.p;
    double[] m = ws.current;
    double[] next = ws.next;
    double[] cv = ws.costs;
    double[] uv = ws.utilities;
    double[] entry = entryCosts[s];
    boolean hasEntry = false;
    for (double e : entry) {
      hasEntry |= e != 0;
    }
    System.arraycopy(initial, 0, m, 0, n);
    TransitionModel tm = st.transitions();
    boolean constantP = tm.isConstant();
    if (constantP) {
      tm.fill(1, p);
      checkCycle(p, n, st.name(), 0);
    }
    boolean constantC = st.costs().isConstant();
    boolean constantU = st.utilities().isConstant();
    if (constantC) {
      st.costs().fill(0, cv);
    }
    if (constantU) {
      st.utilities().fill(0, uv);
    }
    Arrays.fill(tot, 0, 6, 0);
    double length = cycleLengthYears;
    for (int t = 0; t <= cycles; t++) {
      double entryCost = 0;
      if (t > 0) {
        if (!constantP) {
          tm.fill(t, p);
          checkCycle(p, n, st.name(), t);
        }
        for (int j = 0; j < n; j++) {
          double sum = 0;
          for (int i = 0; i < n; i++) {
            sum += m[i] * p[i * n + j];
          }
          next[j] = sum;
        }
        if (hasEntry) {
          for (int j = 0; j < n; j++) {
            if (entry[j] != 0) {
              double inflow = 0;
              for (int i = 0; i < n; i++) {
                if (i != j) {
                  inflow += m[i] * p[i * n + j];
                }
              }
              entryCost += entry[j] * inflow;
            }
          }
        }
        double[] swap = m;
        m = next;
        next = swap;
      }
      double w = weights[t];
      if (record) {
        System.arraycopy(m, 0, trace[t], 0, n);
      }
      if (w == 0 && !record) {
        // the fast path reads only the discounted totals: a row of weight 0 adds just its entry costs
        tot[0] += costFactors[t] * entryCost;
        continue;
      }
      if (!constantC) {
        st.costs().fill(t, cv);
      }
      if (!constantU) {
        st.utilities().fill(t, uv);
      }
      double yc = 0;
      double yu = 0;
      double yl = 0;
      for (int i = 0; i < n; i++) {
        yc += m[i] * cv[i];
        yu += m[i] * uv[i];
        if (alive[i]) {
          yl += m[i];
        }
      }
      yu *= length;
      yl *= length;
      if (record) {
        costRow[t] = yc;
        entryRow[t] = entryCost;
        qalyRow[t] = yu;
        lyRow[t] = yl;
      }
      tot[0] += w * costFactors[t] * yc + costFactors[t] * entryCost;
      tot[1] += w * outcomeFactors[t] * yu;
      tot[2] += w * outcomeFactors[t] * yl;
      tot[3] += w * yc + entryCost;
      tot[4] += w * yu;
      tot[5] += w * yl;
    }
  }

  /** Checks the rows without building a message unless one fails; cycle 0 stands for every cycle. */
  private void checkCycle(double[] p, int n, String strategy, int cycle) {
    for (int i = 0; i < n; i++) {
      double sum = 0;
      boolean ok = true;
      for (int j = 0; j < n; j++) {
        double x = p[i * n + j];
        ok &= x >= -rowTolerance && x <= 1 + rowTolerance;
        sum += x;
      }
      if (!ok || !(Math.abs(sum - 1) <= rowTolerance)) {
        TransitionMatrix.check(p, n, states, rowTolerance,
            cycle == 0 ? "Strategy '" + strategy + "'" : "Strategy '" + strategy + "', cycle " + cycle);
      }
    }
  }

  @Override
  public String toString() {
    return "MarkovModel[states=" + states + ", strategies=" + strategies.stream().map(MarkovStrategy::name).toList()
        + ", cycles=" + cycles + " x " + cycleLengthYears + " years, counting=" + counting + ", costs discounted "
        + costDiscount.name() + ", outcomes discounted " + outcomeDiscount.name() + "]";
  }

  /** Scratch arrays of one thread's runs. */
  public static final class Workspace {
    private final int n;
    private final double[] p;
    private final double[] current;
    private final double[] next;
    private final double[] costs;
    private final double[] utilities;
    private final double[] totals = new double[6];

    private Workspace(int n) {
      this.n = n;
      this.p = new double[n * n];
      this.current = new double[n];
      this.next = new double[n];
      this.costs = new double[n];
      this.utilities = new double[n];
    }

    @Override
    public String toString() {
      return "Workspace[" + n + " states]";
    }
  }

  /** Builds a model. */
  public static final class Builder {
    private final List<String> states = new ArrayList<>();
    private final List<String> dead = new ArrayList<>();
    private double[] initial;
    private int cycles;
    private double cycleLengthYears = 1;
    private CountingConvention counting = CountingConvention.HALF_CYCLE;
    private DiscountSchedule costDiscount = niceReferenceCase();
    private DiscountSchedule outcomeDiscount = niceReferenceCase();
    private double rowTolerance = TransitionMatrix.DEFAULT_TOLERANCE;
    private final List<MarkovStrategy> strategies = new ArrayList<>();

    private Builder() {
    }

    /**
     * The state names, in matrix order.
     *
     * @param names the names, distinct
     * @return this builder
     */
    public Builder states(String... names) {
      for (String s : names) {
        Args.notBlank(s, "state name");
        if (states.contains(s)) {
          throw new IllegalArgumentException("State '" + s + "' is listed twice");
        }
        states.add(s);
      }
      return this;
    }

    /**
     * The states that count as dead (no life-years).
     *
     * @param names the names
     * @return this builder
     */
    public Builder dead(String... names) {
      dead.addAll(Arrays.asList(names));
      return this;
    }

    /**
     * The starting cohort, one occupancy per state (e.g. 1 for per-person results, 1000 for a
     * cohort of 1000).
     *
     * @param occupancy the occupancies
     * @return this builder
     */
    public Builder initial(double... occupancy) {
      this.initial = occupancy.clone();
      return this;
    }

    /**
     * The number of cycles.
     *
     * @param value {@code T}, positive
     * @return this builder
     */
    public Builder cycles(int value) {
      this.cycles = value;
      return this;
    }

    /**
     * The cycle length.
     *
     * @param years {@code L} in years, positive (1/12 for monthly cycles)
     * @return this builder
     */
    public Builder cycleLengthYears(double years) {
      this.cycleLengthYears = years;
      return this;
    }

    /**
     * The counting convention (default half-cycle correction).
     *
     * @param value the convention
     * @return this builder
     */
    public Builder counting(CountingConvention value) {
      this.counting = Args.notNull(value, "counting");
      return this;
    }

    /**
     * The discount schedules (default NICE 3.5% for both).
     *
     * @param costs the schedule of costs
     * @param outcomes the schedule of QALYs and life-years
     * @return this builder
     */
    public Builder discounting(DiscountSchedule costs, DiscountSchedule outcomes) {
      this.costDiscount = Args.notNull(costs, "costs");
      this.outcomeDiscount = Args.notNull(outcomes, "outcomes");
      return this;
    }

    /**
     * The tolerance on row sums (default {@link TransitionMatrix#DEFAULT_TOLERANCE}).
     *
     * @param value the tolerance, positive
     * @return this builder
     */
    public Builder rowTolerance(double value) {
      this.rowTolerance = value;
      return this;
    }

    /**
     * Adds a strategy.
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder strategy(MarkovStrategy strategy) {
      strategies.add(Args.notNull(strategy, "strategy"));
      return this;
    }

    /**
     * Builds and checks the model.
     *
     * @return the model
     */
    public MarkovModel build() {
      Args.notEmpty(states, "states");
      return new MarkovModel(this);
    }
  }
}
