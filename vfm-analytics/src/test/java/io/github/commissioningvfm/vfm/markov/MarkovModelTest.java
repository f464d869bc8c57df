package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovModelTest {

  private static final List<String> S = List.of("Well", "Ill", "Dead");

  private static TransitionMatrix simple() {
    return TransitionMatrix.builder(S).set("Well", "Ill", 0.2).set("Well", "Dead", 0.1).complement("Well", "Well")
        .set("Ill", "Dead", 0.5).complement("Ill", "Ill").set("Dead", "Dead", 1).build();
  }

  @Test
  void rowThatDoesNotSumToOneIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransitionMatrix.of(S,
        new double[][] {{0.5, 0.4, 0}, {0, 1, 0}, {0, 0, 1}}));
    assertEquals("Transition matrix: row 'Well' sums to 0.900000000, not 1 (tolerance 1.0E-6)", e.getMessage());
  }

  @Test
  void cycleDependentRowIsNamedWithStrategyAndCycle() {
    MarkovModel m = MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(5)
        .strategy(MarkovStrategy.of("bad", (cycle, p) -> {
          simple().copyInto(p);
          if (cycle == 3) {
            p[4] = 0.9;
          }
        }, StateValues.constant(0, 0, 0), StateValues.constant(1, 1, 0))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::run);
    assertEquals("Strategy 'bad', cycle 3: row 'Ill' sums to 1.400000000, not 1 (tolerance 1.0E-6)", e.getMessage());
  }

  @Test
  void ratesAndRatios() {
    assertEquals(1 - Math.exp(-0.3), Rates.probability(0.15, 2), 1e-15);
    assertEquals(0.15, Rates.rate(Rates.probability(0.15, 1), 1), 1e-15);
    assertEquals(1 - Math.pow(0.9, 1.0 / 12), Rates.convert(0.1, 1, 1.0 / 12), 1e-15);
    // hazard ratio on the rate scale: 1 - (1 - p)^hr, never above 1
    assertEquals(1 - Math.pow(0.4, 3), Rates.withRateRatio(0.6, 3), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rates.probability(-1, 1));
    assertEquals("Argument 'rate' must not be negative: -1.0", e.getMessage());
  }

  @Test
  void transitionRewardsArePaidOnEntry() {
    // 1 person, Well -> Ill with probability 0.2 in cycle 1; entry cost 1000 on entering Ill
    MarkovModel m = MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(1)
        .counting(CountingConvention.END).discounting(DiscountSchedule.none(), DiscountSchedule.none())
        .strategy(MarkovStrategy.of("s", TransitionModel.constant(simple()), StateValues.constant(0, 0, 0),
            StateValues.constant(1, 0.5, 0)).withEntryCost("Ill", 1000)).build();
    Totals t = m.run().strategies().get(0).totals();
    assertEquals(200, t.cost(), 1e-9);
    assertEquals(0.7 + 0.2 * 0.5, t.qalys(), 1e-12);
  }

  @Test
  void tunnelMovesTheCohortOn() {
    Tunnel post = new Tunnel("Post-crisis", 3);
    List<String> states = List.of("Post-crisis 1", "Post-crisis 2", "Post-crisis 3", "Dead");
    TransitionMatrix.Builder b = TransitionMatrix.builder(states).set("Post-crisis 1", "Dead", 0.1)
        .set("Post-crisis 2", "Dead", 0.05).set("Post-crisis 3", "Dead", 0.01).set("Dead", "Dead", 1);
    TransitionMatrix p = post.link(b).build();
    assertEquals(post.states(), states.subList(0, 3));
    MarkovResult r = MarkovModel.builder().states(states.toArray(String[]::new)).dead("Dead").initial(1, 0, 0, 0)
        .cycles(3).strategy(MarkovStrategy.of("s", TransitionModel.constant(p), StateValues.constant(0, 0, 0, 0),
            StateValues.constant(1, 1, 1, 0))).build().run();
    assertArrayEquals(new double[] {0, 0.9, 0, 0.1}, r.strategies().get(0).trace()[1], 1e-15);
    assertArrayEquals(new double[] {0, 0, 0.9 * 0.95, 0.1 + 0.9 * 0.05}, r.strategies().get(0).trace()[2], 1e-15);
  }

  @Test
  void backgroundMortalityIsACompetingRisk() {
    LifeTable table = new LifeTable("illustrative", List.of(new LifeTable.Row(40, 0.01), new LifeTable.Row(50, 0.02)));
    double[] p = new double[9];
    TransitionModel.constant(simple()).withBackgroundMortality(table, 49, 1, 2).fill(2, p);
    // cycle 2 starts at age 50: q = 0.02; Well -> Dead = 0.02 + 0.98 x 0.1
    assertEquals(0.02 + 0.98 * 0.1, p[2], 1e-15);
    assertEquals(0.98 * 0.2, p[1], 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.qx(30));
    assertEquals("Life table 'illustrative' starts at age 40.0; no row covers age 30.0", e.getMessage());
  }

  @Test
  void simpsonNeedsAnEvenNumberOfCycles() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CountingConvention.SIMPSON.weights(75));
    assertEquals("Simpson's 1/3 rule needs an even number of cycles, not 75; run one cycle more or fewer, or use "
        + "the half-cycle correction", e.getMessage());
    assertArrayEquals(new double[] {1.0 / 3, 4.0 / 3, 2.0 / 3, 4.0 / 3, 1.0 / 3}, CountingConvention.SIMPSON.weights(4),
        1e-15);
  }

  @Test
  void fastPathEqualsTheFullRun() {
    MarkovModel m = ReferenceModels.hiv(CountingConvention.HALF_CYCLE);
    double[] out = new double[6];
    m.totals(m.newWorkspace(), out);
    MarkovResult r = m.run();
    for (int s = 0; s < 2; s++) {
      assertEquals(r.strategies().get(s).totals().cost(), out[3 * s], 0);
      assertEquals(r.strategies().get(s).totals().qalys(), out[3 * s + 1], 0);
      assertEquals(r.strategies().get(s).totals().lifeYears(), out[3 * s + 2], 0);
    }
  }

  @Test
  void rowMajorConstantModelRunsLikeANamedMatrixAndRefusesTheWrongSize() {
    double[] rows = {0.8, 0.15, 0.05, 0.2, 0.7, 0.1, 0, 0, 1};
    MarkovModel.Builder b = MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(4);
    MarkovResult light = b.strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(rows),
        StateValues.constant(10, 20, 0), StateValues.constant(1, 0.5, 0))).build().run();
    MarkovResult named = MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(4)
        .strategy(MarkovStrategy.of("s", TransitionModel.constant(TransitionMatrix.of(List.of("Well", "Ill", "Dead"),
            new double[][] {{0.8, 0.15, 0.05}, {0.2, 0.7, 0.1}, {0, 0, 1}})),
            StateValues.constant(10, 20, 0), StateValues.constant(1, 0.5, 0))).build().run();
    assertEquals(named.strategies().get(0), light.strategies().get(0));
    MarkovModel wrong = MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(2)
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(0.5, 0.5, 0.5, 0.5),
            StateValues.constant(0, 0, 0), StateValues.constant(1, 1, 0))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, wrong::run);
    assertEquals("Argument 'rowMajor' must hold 9 probabilities (n x n for the model's states), not 4", e.getMessage());
  }
}
