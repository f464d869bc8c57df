package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A 3-state cohort of 100 over two half-year cycles, worked by hand so that every figure below can
 * be checked with pencil and paper.
 *
 * <pre>
 * P (each half-year)   Well  Ill   Dead        cost per cycle   utility   entry cost
 *   Well               0.50  0.30  0.20        10               1         10
 *   Ill                0.25  0.50  0.25        100              0.5       50
 *   Dead               0     0     1           0                0         2
 *
 * row 0: (60, 40, 0)
 * row 1: Well 60x0.5 + 40x0.25 = 40, Ill 60x0.3 + 40x0.5 = 38, Dead 60x0.2 + 40x0.25 = 22
 * row 2: Well 40x0.5 + 38x0.25 = 29.5, Ill 40x0.3 + 38x0.5 = 31, Dead 40x0.2 + 38x0.25 + 22 = 39.5
 *
 * occupancy cost y_c:   4600 (600 + 4000), 4200 (400 + 3800), 3395 (295 + 3100)
 * entries, cycle 1:    into Well 10, Ill 18, Dead 22: 10x10 + 18x50 + 22x2 = 1044
 * entries, cycle 2:    into Well 9.5, Ill 12, Dead 17.5: 95 + 600 + 35 = 730
 * QALYs (L = 0.5):     (60 + 20) / 2 = 40, (40 + 19) / 2 = 29.5, (29.5 + 15.5) / 2 = 22.5
 * life-years:          100 / 2 = 50, 78 / 2 = 39, 60.5 / 2 = 30.25
 * </pre>
 *
 * Costs are discounted at 21% a year, so row {@code t} (at {@code t / 2} years) has
 * {@code D = 1.1^-t}; QALYs and life-years at 44% a year, {@code D = 1.2^-t}.
 */
class HandWorkedCohortTest {

  private static final AtomicInteger SCHEDULES = new AtomicInteger();

  /**
   * A constant-rate schedule of its own: models share the discount factors of equal schedules, so a
   * schedule with a new name makes this model compute its factors itself.
   */
  static DiscountSchedule freshRate(String percent) {
    return new DiscountSchedule(percent + "% a year, schedule " + SCHEDULES.incrementAndGet(), "hand-worked example",
        List.of(new DiscountSchedule.Band(0, DiscountRate.ofPercent(percent))));
  }

  private static final double[] P = {0.5, 0.3, 0.2, 0.25, 0.5, 0.25, 0, 0, 1};

  private static MarkovModel model(CountingConvention counting) {
    MarkovStrategy usual = MarkovStrategy.of("usual", TransitionModel.constantRowMajor(P),
        StateValues.constant(10, 100, 0), StateValues.byRow(t -> new double[] {1, 0.5, 0}))
        .withEntryCost("Well", 10).withEntryCost("Ill", 50).withEntryCost("Dead", 2);
    MarkovStrategy watchful = MarkovStrategy.of("watchful", TransitionModel.constantRowMajor(P),
        StateValues.constant(10, 100, 0), StateValues.constant(1, 0.5, 0));
    return MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(60, 40, 0).cycles(2)
        .cycleLengthYears(0.5).counting(counting).discounting(freshRate("21"), freshRate("44"))
        .strategy(usual).strategy(watchful).build();
  }

  private static void assertTotals(Totals expected, MarkovModel model, String strategy) {
    Totals t = model.run().strategy(strategy).totals();
    assertEquals(expected.cost(), t.cost(), 1e-9, "discounted cost");
    assertEquals(expected.qalys(), t.qalys(), 1e-12, "discounted QALYs");
    assertEquals(expected.lifeYears(), t.lifeYears(), 1e-12, "discounted life-years");
    assertEquals(expected.undiscountedCost(), t.undiscountedCost(), 1e-9, "undiscounted cost");
    assertEquals(expected.undiscountedQalys(), t.undiscountedQalys(), 1e-12, "undiscounted QALYs");
    assertEquals(expected.undiscountedLifeYears(), t.undiscountedLifeYears(), 1e-12, "undiscounted life-years");
    double[] fast = new double[6];
    model.totals(model.newWorkspace(), fast);
    int s = strategy.equals("usual") ? 0 : 1;
    assertEquals(expected.cost(), fast[3 * s], 1e-9, "fast-path cost");
    assertEquals(expected.qalys(), fast[3 * s + 1], 1e-12, "fast-path QALYs");
    assertEquals(expected.lifeYears(), fast[3 * s + 2], 1e-12, "fast-path life-years");
  }

  @Test
  void traceAndRowsMatchTheHandCalculation() {
    StrategyResult r = model(CountingConvention.HALF_CYCLE).run().strategy("usual");
    double[][] trace = r.trace();
    assertArrayEquals(new double[] {60, 40, 0}, trace[0], 1e-12);
    assertArrayEquals(new double[] {40, 38, 22}, trace[1], 1e-12);
    assertArrayEquals(new double[] {29.5, 31, 39.5}, trace[2], 1e-12);
    assertArrayEquals(new double[] {4600, 4200, 3395}, r.costs(), 1e-9);
    assertArrayEquals(new double[] {0, 1044, 730}, r.entryCosts(), 1e-9);
    assertArrayEquals(new double[] {40, 29.5, 22.5}, r.qalys(), 1e-12);
    assertArrayEquals(new double[] {50, 39, 30.25}, r.lifeYears(), 1e-12);
    assertEquals(31, r.occupancy(2, "Ill"), 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.occupancy(3, "Ill"));
    assertEquals("Argument 'row' must be between 0 and 2: 3", e.getMessage());
  }

  @Test
  void halfCycleCorrectionWeighsTheFirstAndLastRowsByHalf() {
    // w = (1/2, 1, 1/2); entry costs are events, discounted but not weighted
    assertTotals(new Totals(2300 + (4200 + 1044) / 1.1 + (3395 / 2.0 + 730) / 1.21,
        20 + 29.5 / 1.2 + 11.25 / 1.44, 25 + 39 / 1.2 + 15.125 / 1.44,
        2300 + 4200 + 1697.5 + 1044 + 730, 20 + 29.5 + 11.25, 25 + 39 + 15.125),
        model(CountingConvention.HALF_CYCLE), "usual");
    assertTotals(new Totals(2300 + 4200 / 1.1 + 1697.5 / 1.21, 20 + 29.5 / 1.2 + 11.25 / 1.44,
        25 + 39 / 1.2 + 15.125 / 1.44, 8197.5, 60.75, 79.125), model(CountingConvention.HALF_CYCLE), "watchful");
  }

  @Test
  void beginningOfCycleCountingDropsTheLastRowButKeepsItsEntryCosts() {
    // w = (1, 1, 0): the cycle that ends at row 2 still pays its entry costs (730 at 1.1^-2)
    assertTotals(new Totals(4600 + (4200 + 1044) / 1.1 + 730 / 1.21, 40 + 29.5 / 1.2, 50 + 39 / 1.2,
        4600 + 4200 + 1044 + 730, 69.5, 89), model(CountingConvention.BEGINNING), "usual");
  }

  @Test
  void endOfCycleCountingDropsTheStartingRowFromTheTotalsButNotFromTheRows() {
    MarkovModel m = model(CountingConvention.END);
    assertTotals(new Totals((4200 + 1044) / 1.1 + (3395 + 730) / 1.21, 29.5 / 1.2 + 22.5 / 1.44,
        39 / 1.2 + 30.25 / 1.44, 4200 + 3395 + 1044 + 730, 52, 69.25), m, "usual");
    StrategyResult r = m.run().strategy("usual");
    assertArrayEquals(new double[] {4600, 4200, 3395}, r.costs(), 1e-9);
    assertArrayEquals(new double[] {40, 29.5, 22.5}, r.qalys(), 1e-12);
    assertArrayEquals(new double[] {50, 39, 30.25}, r.lifeYears(), 1e-12);
  }

  @Test
  void customWeightsAreUsedAsGiven() {
    assertTotals(new Totals(0.25 * 4600 + (4200 + 1044) / 1.1 + (0.75 * 3395 + 730) / 1.21,
        0.25 * 40 + 29.5 / 1.2 + 0.75 * 22.5 / 1.44, 0.25 * 50 + 39 / 1.2 + 0.75 * 30.25 / 1.44,
        0.25 * 4600 + 4200 + 0.75 * 3395 + 1774, 0.25 * 40 + 29.5 + 0.75 * 22.5, 0.25 * 50 + 39 + 0.75 * 30.25),
        model(CountingConvention.custom(0.25, 1, 0.75)), "usual");
  }

  @Test
  void twoYearCyclesAreDiscountedByTheFactorOfTheirWholeYear() {
    // one alive state halving each cycle of two years: rows 1, 0.5, 0.25; costs 100 per cycle; end of
    // cycle; 10% a year, so rows 1 and 2 (years 2 and 4) have D = 1.1^-2 = 1.21^-1 and 1.1^-4 = 1.4641^-1
    MarkovModel m = MarkovModel.builder().states("Alive", "Dead").dead("Dead").initial(1, 0).cycles(2)
        .cycleLengthYears(2).counting(CountingConvention.END).discounting(freshRate("10"), freshRate("10"))
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(0.5, 0.5, 0, 1),
            StateValues.constant(100, 0), StateValues.constant(0.8, 0)))
        .build();
    Totals t = m.run().strategy("s").totals();
    assertEquals(50 / 1.21 + 25 / 1.4641, t.cost(), 1e-9);
    assertEquals(0.8 * (1 / 1.21 + 0.5 / 1.4641), t.qalys(), 1e-12);
    assertEquals(1 / 1.21 + 0.5 / 1.4641, t.lifeYears(), 1e-12);
    assertEquals(1.5, t.undiscountedLifeYears(), 1e-12);
    assertEquals(2.0, m.cycleLengthYears());
  }

  @Test
  void discountFactorsBetweenWholeYearsUseTheRateOfTheYearUnderway() {
    // 21% in year 1, 44% from year 2, half-year cycles, only row 3 (1.5 years) counted:
    // D(1.5) = D(1) / 1.44^0.5 = 1 / (1.21 x 1.2)
    DiscountSchedule stepped = new DiscountSchedule("stepped " + SCHEDULES.incrementAndGet(), "hand-worked example",
        List.of(new DiscountSchedule.Band(0, DiscountRate.ofPercent("21")),
            new DiscountSchedule.Band(2, DiscountRate.ofPercent("44"))));
    MarkovModel m = MarkovModel.builder().states("Alive").initial(1).cycles(3).cycleLengthYears(0.5)
        .counting(CountingConvention.custom(0, 0, 0, 1)).discounting(stepped, DiscountSchedule.none())
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(1), StateValues.constant(1000),
            StateValues.constant(1)))
        .build();
    assertEquals(1000 / (1.21 * 1.2), m.run().strategy("s").totals().cost(), 1e-9);
    assertEquals(0.5, m.run().strategy("s").totals().qalys(), 1e-15);
  }

  @Test
  void everyStateWithAnEntryCostIsCharged() {
    // both states carry an entry cost: 1 person, half move each way in cycle 1, no discounting
    MarkovModel m = MarkovModel.builder().states("A", "B").initial(1, 0).cycles(1).counting(CountingConvention.END)
        .discounting(DiscountSchedule.none(), DiscountSchedule.none())
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(0.5, 0.5, 0.5, 0.5),
            StateValues.constant(0, 0), StateValues.constant(1, 1)).withEntryCost("A", 7).withEntryCost("B", 3))
        .build();
    assertArrayEquals(new double[] {0, 1.5}, m.run().strategy("s").entryCosts(), 1e-15);
    double[] fast = new double[3];
    m.totals(m.newWorkspace(), fast);
    assertArrayEquals(new double[] {1.5, 1, 1}, fast, 1e-15);
  }

  @Test
  void textFormsNameEveryPart() {
    MarkovModel m = model(CountingConvention.HALF_CYCLE);
    assertEquals("MarkovModel[states=[Well, Ill, Dead], strategies=[usual, watchful], cycles=2 x 0.5 years, "
        + "counting=half-cycle correction (trapezoidal), costs discounted " + m.costDiscount().name()
        + ", outcomes discounted " + m.outcomeDiscount().name() + "]", m.toString());
    MarkovResult r = m.run();
    assertEquals("usual: cost \u00a39,073.47, QALYs 52.3958, life-years 68.0035 (2 cycles, states [Well, Ill, Dead])",
        r.strategy("usual").toString());
    assertEquals("MarkovResult (2 cycles of 0.5 years, half-cycle correction (trapezoidal))\n  "
        + r.strategy("usual") + "\n  " + r.strategy("watchful"), r.toString());
    assertEquals("Workspace[3 states]", m.newWorkspace().toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.strategy("other"));
    assertEquals("No strategy 'other'; strategies are [usual, watchful]", e.getMessage());
  }

  @Test
  void modelKeepsWhatItWasBuiltWith() {
    MarkovModel m = model(CountingConvention.SIMPSON);
    assertEquals(List.of("Well", "Ill", "Dead"), m.states());
    assertEquals(2, m.cycles());
    assertSame(CountingConvention.SIMPSON, m.counting());
    assertEquals(TransitionMatrix.DEFAULT_TOLERANCE, m.rowTolerance());
    assertEquals(DiscountRate.ofPercent("44"), m.outcomeDiscount().rateFor(0));
    assertArrayEquals(new double[] {60, 40, 0}, m.initial());
    assertEquals(List.of("usual", "watchful"), m.strategies().stream().map(MarkovStrategy::name).toList());
  }

  @Test
  void resultsOfEqualRunsAreEqual() {
    MarkovModel m = model(CountingConvention.HALF_CYCLE);
    StrategyResult a = m.run().strategy("usual");
    StrategyResult b = m.run().strategy("usual");
    StrategyResult other = m.run().strategy("watchful");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, other);
    assertNotEquals(a.hashCode(), other.hashCode());
    assertNotEquals(a, (Object) "usual");
  }

  @Test
  void fastPathRefusesAWorkspaceOrOutputOfTheWrongSize() {
    MarkovModel m = model(CountingConvention.HALF_CYCLE);
    MarkovModel small = MarkovModel.builder().states("A", "B").initial(1, 0).cycles(1)
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(1, 0, 0, 1), StateValues.constant(0, 0),
            StateValues.constant(1, 1)))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.totals(small.newWorkspace(), new double[6]));
    assertEquals("Fast path of a model with 3 states and 2 strategies needs a workspace for 3 states (got 2) and room "
        + "for 6 totals (got 6)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> m.totals(m.newWorkspace(), new double[5]));
    assertEquals("Fast path of a model with 3 states and 2 strategies needs a workspace for 3 states (got 3) and room "
        + "for 6 totals (got 5)", e.getMessage());
  }
}
