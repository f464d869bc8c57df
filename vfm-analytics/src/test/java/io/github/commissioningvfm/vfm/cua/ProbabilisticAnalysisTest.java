package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbabilisticAnalysisTest {

  @Test
  void cohortPsaIsTheSameForAnyThreadCount() {
    Simulations one = CohortPsa.run(new HivPsaModel(), 500, 42, 1);
    Simulations three = CohortPsa.run(new HivPsaModel(), 500, 42, 3);
    for (String s : one.strategies()) {
      assertArrayEquals(one.costs(s), three.costs(s), 0);
      assertArrayEquals(one.effects(s), three.effects(s), 0);
    }
    assertArrayEquals(one.input("rr"), three.input("rr"), 0);
    // the Dirichlet rows sum to 1 in every simulation
    for (int i = 0; i < one.size(); i++) {
      assertEquals(1, one.input("pAA")[i] + one.input("pAB")[i] + one.input("pAC")[i] + one.input("pAD")[i], 1e-12);
    }
  }

  /**
   * Simulation {@code i} is the model built from the draws of stream {@code i}, whatever chunk and
   * thread runs it: 37 simulations on 3 threads split into 24 uneven chunks, checked one by one.
   */
  @Test
  void everySimulationComesFromItsOwnStream() {
    HivPsaModel hiv = new HivPsaModel();
    Simulations s = CohortPsa.run(hiv, 37, 11, 3);
    RandomStreams streams = RandomStreams.of(11);
    double[] v = new double[hiv.inputs().size()];
    double[] totals = new double[6];
    for (int i = 0; i < 37; i++) {
      hiv.sample(streams.forIteration(i), v);
      MarkovModel m = hiv.model(v);
      m.totals(m.newWorkspace(), totals);
      assertEquals(totals[0], s.costs("mono")[i], 0, "simulation " + i);
      assertEquals(totals[1], s.effects("mono")[i], 0, "simulation " + i);
      assertEquals(totals[3], s.costs("comb")[i], 0, "simulation " + i);
      assertEquals(totals[4], s.effects("comb")[i], 0, "simulation " + i);
      assertEquals(v[9], s.input("rr")[i], 0, "simulation " + i);
    }
  }

  @Test
  void psaOfTheHivModelSummarises() {
    ProbabilisticAnalysis pa = ProbabilisticAnalysis.of(CohortPsa.run(new HivPsaModel(), 2000, 7, 2));
    IncrementalTable t = pa.incremental();
    assertEquals("comb", t.frontier().get(1).strategy());
    List<AcceptabilityPoint> ceac = pa.acceptability(0, 10_000, 100_000);
    assertEquals(1.0, ceac.get(0).probabilityBest().get("mono"), 0);
    assertEquals(1.0, ceac.get(1).probabilityBest().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertEquals(ceac.get(1).evpi(), pa.evpi(10_000), 0);
    double evppiRr = pa.evppi(10_000, List.of("rr"));
    // the relative risk drives most of the decision uncertainty; a regression estimate may exceed the
    // EVPI by its small-sample upward bias (Strong, Oakley and Brennan 2014), hence the margin
    assertTrue(evppiRr > 0.5 * pa.evpi(10_000) && evppiRr <= 1.05 * pa.evpi(10_000), evppiRr + " vs " + pa.evpi(10_000));
    List<FrontierPoint> frontier = pa.acceptabilityFrontier(0, 100_000);
    assertEquals("mono", frontier.get(0).optimal());
    assertEquals("comb", frontier.get(1).optimal());
    CostEffectivenessPlane plane = pa.plane("mono");
    assertEquals(1, plane.series().size());
    assertEquals(2000, plane.series().get(0).incrementalCost().length);
  }

  @Test
  void simulationsReadFromCsv() {
    String csv = "iteration,cost_usual care,effect_usual care,cost_pathway,effect_pathway,p_response\n"
        + "1,100,1.0,300,1.1,0.4\n"
        + "2,120,0.9,310,1.2,0.6\n";
    Simulations s = Simulations.read(new StringReader(csv), "psa.csv");
    assertEquals(List.of("usual care", "pathway"), s.strategies());
    assertEquals(List.of("p_response"), s.inputNames());
    assertArrayEquals(new double[] {300, 310}, s.costs("pathway"), 0);
    StrategyOutcome pathway = ProbabilisticAnalysis.of(s).means().get(1);
    assertEquals(305, pathway.cost(), 1e-12);
    assertEquals(1.15, pathway.effect(), 1e-12);
  }

  @Test
  void simulationsWrittenAsCsvReadBackEqual() {
    Simulations one = CohortPsa.run(new HivPsaModel(), 50, 3, 1);
    Simulations back = Simulations.read(new StringReader(one.toCsv()), "export.csv");
    assertEquals(one.strategies(), back.strategies());
    assertEquals(one.inputNames(), back.inputNames());
    for (String s : one.strategies()) {
      assertArrayEquals(one.costs(s), back.costs(s), 0);
      assertArrayEquals(one.effects(s), back.effects(s), 0);
    }
    assertArrayEquals(one.input("rr"), back.input("rr"), 0);
  }

  @Test
  void badCellIsNamedWithFileLineAndColumn() {
    String csv = "cost_a,effect_a\n1,2\n3,#VALUE!\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Simulations.read(new StringReader(csv), "psa.csv"));
    assertEquals("psa.csv, line 3, column effect_a: not a number: '#VALUE!'", e.getMessage());
  }

  @Test
  void missingEffectColumnIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Simulations.read(new StringReader("cost_a,effect_b\n1,2\n"), "psa.csv"));
    assertEquals("psa.csv, line 1: column cost_a has no matching effect_a column", e.getMessage());
  }

  @Test
  void arraysOfDifferentLengthsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(List.of("a"),
        new double[][] {{1, 2}}, new double[][] {{1}}, Map.of()));
    assertEquals("Argument 'simulations of 'a'' must number 2 for costs and effects: 2 costs, 1 effects",
        e.getMessage());
  }

  /**
   * Three simulations of three strategies at {@code lambda = 1}, costs 0, so NMB = E. Simulation 1:
   * a and b tie at 1 (the tie goes to a, listed first); simulation 2: b wins; simulation 3: a wins.
   * Expected NMB: a (1 + 0 + 2) / 3 = 1, b (1 + 2 + 0) / 3 = 1, c 0.
   */
  @Test
  void tiesGoToTheStrategyListedFirst() {
    Simulations s = Simulations.of(List.of("a", "b", "c"), new double[3][3],
        new double[][] {{1, 0, 2}, {1, 2, 0}, {0, 0, 0}}, Map.of());
    ProbabilisticAnalysis pa = ProbabilisticAnalysis.of(s);
    AcceptabilityPoint p = pa.acceptability(1).get(0);
    assertEquals(2.0 / 3, p.probabilityBest().get("a"), 1e-15);
    assertEquals(1.0 / 3, p.probabilityBest().get("b"), 1e-15);
    assertEquals(0.0, p.probabilityBest().get("c"), 0);
    assertEquals(1.0, p.expectedNetBenefit().get("a"), 1e-15);
    assertEquals(1.0, p.expectedNetBenefit().get("b"), 1e-15);
    // a and b tie on expected NMB: the frontier keeps a
    assertEquals(List.of(new FrontierPoint(1, "a", 2.0 / 3)), pa.acceptabilityFrontier(1));
  }

  /** Incremental effect and cost of each other strategy against the reference, simulation by simulation. */
  @Test
  void planeSubtractsTheReferenceInEachSimulation() {
    Simulations s = Simulations.of(List.of("low", "mid", "high"),
        new double[][] {{100, 200}, {150, 230}, {400, 260}},
        new double[][] {{1.0, 0.5}, {1.25, 1.0}, {2.0, 0.75}}, Map.of());
    CostEffectivenessPlane plane = ProbabilisticAnalysis.of(s).plane("mid");
    assertEquals("mid", plane.reference());
    assertEquals(List.of(new PlaneSeries("low", new double[] {-0.25, -0.5}, new double[] {-50, -30}),
        new PlaneSeries("high", new double[] {0.75, -0.25}, new double[] {250, 30})), plane.series());
  }
}
