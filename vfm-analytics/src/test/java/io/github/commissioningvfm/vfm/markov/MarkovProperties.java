package io.github.commissioningvfm.vfm.markov;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarkovProperties {

  private static final List<CountingConvention> CONVENTIONS = List.of(CountingConvention.BEGINNING,
      CountingConvention.END, CountingConvention.HALF_CYCLE, CountingConvention.SIMPSON);

  /** A random model: 2-6 states (the last one dead), random stochastic rows, 2-60 cycles (even). */
  private static MarkovModel randomModel(long seed, CountingConvention counting, DiscountSchedule discount) {
    return randomModel(seed, counting, discount, false);
  }

  /**
   * As {@link #randomModel(long, CountingConvention, DiscountSchedule)}, optionally with background
   * mortality from a random life table (yearly qx rising with age from a random start age).
   */
  private static MarkovModel randomModel(long seed, CountingConvention counting, DiscountSchedule discount,
      boolean lifeTable) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(5);
    List<String> states = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add("S" + i);
    }
    double[][] rows = new double[n][n];
    for (int i = 0; i < n - 1; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        rows[i][j] = r.nextDouble() < 0.3 ? 0 : r.nextDouble();
        sum += rows[i][j];
      }
      if (sum == 0) {
        rows[i][i] = sum = 1;
      }
      for (int j = 0; j < n; j++) {
        rows[i][j] /= sum;
      }
    }
    rows[n - 1][n - 1] = 1;
    double[] initial = new double[n];
    double cohort = 1 + r.nextInt(10_000);
    initial[0] = cohort * 0.7;
    initial[n - 1 == 1 ? 0 : 1] += cohort * 0.3;
    double[] costs = r.doubles(n, 0, 1000).toArray();
    double[] utilities = r.doubles(n, 0, 1).toArray();
    int cycles = 2 * (1 + r.nextInt(30));
    double length = r.nextBoolean() ? 1 : 1.0 / (1 + r.nextInt(12));
    TransitionModel transitions = TransitionModel.constant(TransitionMatrix.of(states, rows));
    return MarkovModel.builder().states(states.toArray(String[]::new)).dead(states.get(n - 1)).initial(initial)
        .cycles(cycles).cycleLengthYears(length).counting(counting).discounting(discount, discount)
        .strategy(MarkovStrategy.of("s", lifeTable ? transitions.withBackgroundMortality(table(r), r.nextInt(90),
            length, n - 1) : transitions, StateValues.constant(costs), StateValues.constant(utilities)))
        .build();
  }

  /** Yearly qx from age 0 to 100 in steps of ten years, rising from near 0 to at most 1. */
  private static LifeTable table(SplittableRandom r) {
    List<LifeTable.Row> rows = new ArrayList<>();
    double q = r.nextDouble(0, 0.01);
    for (int age = 0; age <= 100; age += 10) {
      rows.add(new LifeTable.Row(age, Math.min(1, q)));
      q *= 1 + r.nextDouble(0, 1.5);
    }
    return new LifeTable("random", rows);
  }

  @Test
  void everyTraceRowSumsToTheCohortSize() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 3), integers().between(0, 1))
        .check((seed, c, withLifeTable) -> {
      MarkovModel m = randomModel(seed, CONVENTIONS.get(c), MarkovModel.niceReferenceCase(), withLifeTable == 1);
      double cohort = 0;
      for (double v : m.initial()) {
        cohort += v;
      }
      for (double[] row : m.run().strategies().get(0).trace()) {
        double sum = 0;
        for (double v : row) {
          sum += v;
        }
        if (Math.abs(sum - cohort) > 1e-9 * cohort) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void undiscountedLifeYearsAreCountedOccupancyTimesCycleLength() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 3), integers().between(0, 1))
        .check((seed, c, withLifeTable) -> {
      CountingConvention counting = CONVENTIONS.get(c);
      MarkovModel m = randomModel(seed, counting, DiscountSchedule.none(), withLifeTable == 1);
      StrategyResult r = m.run().strategies().get(0);
      double[][] trace = r.trace();
      double[] w = counting.weights(m.cycles());
      int dead = trace[0].length - 1;
      double expected = 0;
      for (int t = 0; t < trace.length; t++) {
        double alive = 0;
        for (int s = 0; s < dead; s++) {
          alive += trace[t][s];
        }
        expected += w[t] * alive * m.cycleLengthYears();
      }
      double tol = 1e-9 * Math.max(1, expected);
      return Math.abs(r.totals().undiscountedLifeYears() - expected) <= tol
          && Math.abs(r.totals().lifeYears() - expected) <= tol;
    });
  }

  @Test
  void beginningOfCycleCountsRowsZeroToTMinusOne() {
    qt().withExamples(100).forAll(longs().all()).check(seed -> {
      MarkovModel m = randomModel(seed, CountingConvention.BEGINNING, DiscountSchedule.none());
      StrategyResult r = m.run().strategies().get(0);
      double sum = 0;
      double[] ly = r.lifeYears();
      for (int t = 0; t < m.cycles(); t++) {
        sum += ly[t];
      }
      return Math.abs(sum - r.totals().lifeYears()) <= 1e-9 * Math.max(1, sum);
    });
  }

  @Test
  void simpsonIsExactForCubics() {
    qt().withExamples(200).forAll(integers().between(1, 50), longs().all()).check((half, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      double a = r.nextDouble(-1, 1);
      double b = r.nextDouble(-1, 1);
      double c = r.nextDouble(-1, 1);
      double d = r.nextDouble(-1, 1);
      int cycles = 2 * half;
      double[] w = CountingConvention.SIMPSON.weights(cycles);
      double sum = 0;
      for (int t = 0; t <= cycles; t++) {
        sum += w[t] * (a + b * t + c * t * t + d * t * t * t);
      }
      double x = cycles;
      double integral = a * x + b * x * x / 2 + c * x * x * x / 3 + d * x * x * x * x / 4;
      return Math.abs(sum - integral) <= 1e-9 * Math.max(1, Math.abs(integral) + x * x * x * x);
    });
  }
}
