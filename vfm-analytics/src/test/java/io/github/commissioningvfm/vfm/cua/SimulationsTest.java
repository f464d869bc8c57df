package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation, CSV layout and printing of {@link Simulations}. */
class SimulationsTest {

  private static Simulations twoByTwo() {
    Map<String, double[]> inputs = new LinkedHashMap<>();
    inputs.put("p", new double[] {0.25, 0.75});
    return Simulations.of(List.of("usual care", "pathway"), new double[][] {{100, 120}, {300, 310}},
        new double[][] {{1.0, 0.9}, {1.1, 1.2}}, inputs);
  }

  @Test
  void eachStrategyKeepsItsOwnCostsEffectsAndInputs() {
    Simulations s = twoByTwo();
    assertEquals(2, s.size());
    assertArrayEquals(new double[] {1.0, 0.9}, s.effects("usual care"), 0);
    assertArrayEquals(new double[] {1.1, 1.2}, s.effects("pathway"), 0);
    assertArrayEquals(new double[] {100, 120}, s.costs("usual care"), 0);
    assertArrayEquals(new double[] {0.25, 0.75}, s.input("p"), 0);
    // NMB = lambda E - C at lambda = 1000: 1000 - 100, 900 - 120; 1100 - 300, 1200 - 310
    double[][] nb = s.netMonetaryBenefit(1000);
    assertArrayEquals(new double[] {900, 780}, nb[0], 1e-9);
    assertArrayEquals(new double[] {800, 890}, nb[1], 1e-9);
  }

  @Test
  void unknownStrategyAndInputAreNamed() {
    Simulations s = twoByTwo();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.effects("none"));
    assertEquals("No strategy 'none'; strategies are [usual care, pathway]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> s.input("q"));
    assertEquals("No input 'q'; inputs are [p]", e.getMessage());
  }

  @Test
  void oneRowOfCostsPerStrategyIsRequired() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(
        List.of("a", "b"), new double[][] {{1, 2}}, new double[][] {{1, 2}}, Map.of()));
    assertEquals("Argument 'costs' must have one row per strategy (2), as effects: 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(
        List.of("a", "b"), new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}}, Map.of()));
    assertEquals("Argument 'costs' must have one row per strategy (2), as effects: 2", e.getMessage());
  }

  @Test
  void aCostOrEffectThatIsNotFiniteIsNamedBySimulation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(
        List.of("a"), new double[][] {{1, Double.NaN}}, new double[][] {{1, 2}}, Map.of()));
    assertEquals("Simulation 1 of 'a' has a cost or effect that is not finite: NaN, 2.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(
        List.of("a"), new double[][] {{1, 2}}, new double[][] {{Double.POSITIVE_INFINITY, 2}}, Map.of()));
    assertEquals("Simulation 0 of 'a' has a cost or effect that is not finite: 1.0, Infinity", e.getMessage());
  }

  @Test
  void anInputNeedsOneValuePerSimulation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulations.of(
        List.of("a"), new double[][] {{1, 2}}, new double[][] {{1, 2}}, Map.of("p", new double[] {0.5})));
    assertEquals("Argument 'input 'p'' must have one value per simulation (2): 1", e.getMessage());
  }

  @Test
  void csvTextHasOneNumberedLinePerSimulationAndQuotesNamesThatNeedIt() {
    Map<String, double[]> inputs = new LinkedHashMap<>();
    inputs.put("p", new double[] {0.5, 0.25, 1});
    Simulations s = Simulations.of(List.of("usual care, NHS", "say \"yes\""),
        new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}, inputs);
    String csv = s.toCsv();
    assertEquals("iteration,\"cost_usual care, NHS\",\"effect_usual care, NHS\",\"cost_say \"\"yes\"\"\","
        + "\"effect_say \"\"yes\"\"\",p\n"
        + "1,1.0,0.1,4.0,0.4,0.5\n"
        + "2,2.0,0.2,5.0,0.5,0.25\n"
        + "3,3.0,0.3,6.0,0.6,1.0\n", csv);
    Simulations back = Simulations.read(new StringReader(csv), "export.csv");
    assertEquals(List.of("usual care, NHS", "say \"yes\""), back.strategies());
    assertArrayEquals(new double[] {4, 5, 6}, back.costs("say \"yes\""), 0);
    assertArrayEquals(new double[] {0.5, 0.25, 1}, back.input("p"), 0);
  }

  @Test
  void aBareCostPrefixColumnIsNoStrategyAndNoInput() {
    Simulations s = Simulations.read(new StringReader("cost_,cost_a,effect_a\n7,1,2\n"), "psa.csv");
    assertEquals(List.of("a"), s.strategies());
    assertEquals(List.of(), s.inputNames());
    assertArrayEquals(new double[] {1}, s.costs("a"), 0);
  }

  @Test
  void theEffectColumnMayComeFirst() {
    Simulations s = Simulations.read(new StringReader("effect_a,cost_a\n1.5,200\n"), "psa.csv");
    assertArrayEquals(new double[] {1.5}, s.effects("a"), 0);
    assertArrayEquals(new double[] {200}, s.costs("a"), 0);
  }

  @Test
  void aFileIsReadAndNamedInMessages(@TempDir Path dir) throws IOException {
    Path ok = dir.resolve("psa.csv");
    Files.writeString(ok, "iteration,cost_a,effect_a,u\n1,10,0.5,0.7\n2,20,0.6,0.8\n", StandardCharsets.UTF_8);
    Simulations s = Simulations.read(ok);
    assertArrayEquals(new double[] {10, 20}, s.costs("a"), 0);
    assertArrayEquals(new double[] {0.7, 0.8}, s.input("u"), 0);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "cost_a,effect_a\n1,Infinity\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulations.read(bad));
    assertEquals(bad + ", line 2, column effect_a: not a finite number: 'Infinity'", e.getMessage());
  }

  @Test
  void headerAndRowProblemsAreNamed() {
    assertEquals("psa.csv: no header row", assertThrows(IllegalArgumentException.class,
        () -> Simulations.read(new StringReader(""), "psa.csv")).getMessage());
    assertEquals("psa.csv, line 1: no cost_<strategy> column in [effect_a, u]", assertThrows(
        IllegalArgumentException.class, () -> Simulations.read(new StringReader("effect_a,u\n1,2\n"), "psa.csv"))
        .getMessage());
    assertEquals("psa.csv, line 3: expected 2 fields, found 3", assertThrows(IllegalArgumentException.class,
        () -> Simulations.read(new StringReader("cost_a,effect_a\n1,2\n1,2,3\n"), "psa.csv")).getMessage());
    assertEquals("psa.csv: no simulations after the header", assertThrows(IllegalArgumentException.class,
        () -> Simulations.read(new StringReader("cost_a,effect_a\n"), "psa.csv")).getMessage());
  }

  @Test
  void printsItsSizeStrategiesAndInputs() {
    assertEquals("Simulations[2 of strategies [usual care, pathway], inputs [p]]", twoByTwo().toString());
    assertEquals("ProbabilisticAnalysis of Simulations[2 of strategies [usual care, pathway], inputs [p]]",
        ProbabilisticAnalysis.of(twoByTwo()).toString());
  }
}
