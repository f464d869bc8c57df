package io.github.commissioningvfm.vfm.voi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** EVPI and EVPPI on samples small enough to work out by hand, and the refusals of bad arrays. */
class ValueOfInformationByHandTest {

  /** Two strategies, four simulations: the means are 3 and 3, the simulation maxima 3, 4, 6, 5. */
  private static final double[][] FOUR = {{1, 4, 2, 5}, {3, 2, 6, 1}};

  /**
   * Three strategies, five simulations; strategy 0 has noise that the input does not explain, and the
   * other two differ from it by {@code 10 x - 20} and {@code 5 x - 5} at input {@code x = 0..4}.
   */
  private static final double[] NOISE = {10, 0, 5, 2, 7};
  private static final double[] X = {0, 1, 2, 3, 4};

  private static double[][] threeStrategies() {
    double[][] nb = new double[3][5];
    for (int i = 0; i < 5; i++) {
      nb[0][i] = NOISE[i];
      nb[1][i] = NOISE[i] + 10 * X[i] - 20;
      nb[2][i] = NOISE[i] + 5 * X[i] - 5;
    }
    return nb;
  }

  private static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void evpiByHand() {
    // mean of the maxima (3 + 4 + 6 + 5) / 4 = 4.5, minus the best mean 3
    assertEquals(1.5, ValueOfInformation.evpi(FOUR), 1e-15);
    // one simulation: nothing is uncertain
    assertEquals(0.0, ValueOfInformation.evpi(new double[][] {{1}, {3}}));
  }

  @Test
  void evppiSortedByHand() {
    // input order 1, 3, 2, 0: the first half favours strategy 0 (sums 9 and 3), the second strategy 1 (3 and 9);
    // (9 + 9) / 4 - 3 = 1.5, all of the EVPI
    double[] input = {0.4, 0.1, 0.3, 0.2};
    assertEquals(1.5, ValueOfInformation.evppiSorted(FOUR, input, 2), 1e-15);
    // one group learns nothing; one simulation per group is the EVPI
    assertEquals(0.0, ValueOfInformation.evppiSorted(FOUR, input, 1), 1e-15);
    assertEquals(1.5, ValueOfInformation.evppiSorted(FOUR, input, 4), 1e-15);
  }

  @Test
  void evppiSortedKeepsTiedInputsInSimulationOrder() {
    // simulations 0 and 2 tie at 0.2 across the cut: order 1, 0 | 2, 3 gives groups with sums (5, 5) and (7, 7),
    // so (5 + 7) / 4 - 3 = 0; the other order of the tie would give (8 + 6) / 4 - 3 = 0.5
    assertEquals(0.0, ValueOfInformation.evppiSorted(FOUR, new double[] {0.2, 0.1, 0.2, 0.3}, 2), 1e-15);
  }

  @Test
  void evppiSortedRefusesBadGroupCounts() {
    double[] input = {0.4, 0.1, 0.3, 0.2};
    assertRefused("Argument 'bins' must be between 1 and 4: 0", () -> ValueOfInformation.evppiSorted(FOUR, input, 0));
    assertRefused("Argument 'bins' must be between 1 and 4: 5", () -> ValueOfInformation.evppiSorted(FOUR, input, 5));
  }

  @Test
  void evppiRegressionOfAnInputThatExplainsEveryDifferenceIsTheEvpi() {
    // incremental net benefits g1 = -20, -10, 0, 10, 20 and g2 = -5, 0, 5, 10, 15 are linear in x, so the fit is
    // exact: mean of max(0, g1, g2) = (0 + 0 + 5 + 10 + 20) / 5 = 7, minus max(0, mean g1 = 0, mean g2 = 5) = 5;
    // a fit of the opposite sign would give (20 + 10 + 0 + 0 + 0) / 5 - max(0, 0, -5) = 6
    double[][] nb = threeStrategies();
    assertEquals(2, ValueOfInformation.evpi(nb), 1e-12);
    assertEquals(2, ValueOfInformation.evppiRegression(nb, new double[][] {X}, 1), 1e-9);
    assertEquals(2, ValueOfInformation.evppiRegression(nb, new double[][] {X}, 2), 1e-9);
  }

  @Test
  void evppiRegressionDoesNotDependOnTheInputsUnits() {
    // the inputs are standardised, so an input in units of 1e-9, or one offset by 1e8, gives the same EVPPI
    double[][] nb = threeStrategies();
    double[] tiny = Arrays.stream(X).map(v -> v * 1e-9).toArray();
    double[] far = Arrays.stream(X).map(v -> v + 1e8).toArray();
    for (int degree = 1; degree <= 2; degree++) {
      assertEquals(2, ValueOfInformation.evppiRegression(nb, new double[][] {tiny}, degree), 1e-9, "tiny " + degree);
      assertEquals(2, ValueOfInformation.evppiRegression(nb, new double[][] {far}, degree), 1e-9, "far " + degree);
    }
  }

  @Test
  void evppiRegressionNeedsMoreSimulationsThanTerms() {
    // degree 1, one input: 2 terms; 3 simulations are enough: g = -1, 0, 1 fitted exactly, mean max(0, g) = 1/3
    assertEquals(1.0 / 3, ValueOfInformation.evppiRegression(new double[][] {{0, 0, 0}, {-1, 0, 1}},
        new double[][] {{0, 1, 2}}, 1), 1e-12);
    assertRefused("Argument 'simulations' must outnumber the regression's 2 terms: 2",
        () -> ValueOfInformation.evppiRegression(new double[][] {{0, 0}, {1, 2}}, new double[][] {{0, 1}}, 1));
    // degree 2, two inputs: constant, 2 linear, 2 squares and 1 product = 6 terms
    double[][] six = {new double[6], {1, 2, 3, 4, 5, 6}};
    assertRefused("Argument 'simulations' must outnumber the regression's 6 terms: 6",
        () -> ValueOfInformation.evppiRegression(six, new double[][] {{1, 2, 3, 4, 5, 6}, {6, 1, 5, 2, 4, 3}}, 2));
  }

  @Test
  void evppiRegressionRefusesBadArguments() {
    assertRefused("Argument 'netBenefit' must hold at least two strategies: 1",
        () -> ValueOfInformation.evppiRegression(new double[][] {{1, 2, 3}}, new double[][] {{1, 2, 3}}, 1));
    assertRefused("Argument 'inputs' must hold at least one input: 0",
        () -> ValueOfInformation.evppiRegression(new double[][] {{1, 2, 3}, {3, 2, 1}}, new double[0][], 1));
    assertRefused("Argument 'degree' must be between 1 and 2: 3",
        () -> ValueOfInformation.evppiRegression(new double[][] {{1, 2, 3}, {3, 2, 1}}, new double[][] {{1, 2, 3}}, 3));
    assertRefused("Argument 'inputs[1]' must have one value per simulation (3): 2",
        () -> ValueOfInformation.evppiRegression(new double[][] {{1, 2, 3}, {3, 2, 1}},
            new double[][] {{1, 2, 3}, {1, 2}}, 1));
  }

  @Test
  void evppiRegressionRefusesAConstantInput() {
    double[][] nb = threeStrategies();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValueOfInformation.evppiRegression(nb, new double[][] {{5, 5, 5, 5, 5}}, 1));
    assertEquals("The regression's cross-product matrix (inputs constant or collinear) is not positive definite (a "
        + "correlation beyond -1..1, or one variable a linear combination of others): "
        + "0 is smaller than, or equal to, the minimum (0): not positive definite matrix: value 0 at index 1",
        e.getMessage());
  }

  @Test
  void everyMethodRefusesMalformedNetBenefits() {
    assertRefused("Argument 'netBenefit' must hold at least one strategy: 0",
        () -> ValueOfInformation.evpi(new double[0][]));
    assertRefused("Argument 'netBenefit' must hold at least one simulation: 0",
        () -> ValueOfInformation.evpi(new double[][] {{}}));
    assertRefused("Argument 'netBenefit[2]' must have 2 simulations like the first: 3",
        () -> ValueOfInformation.evpi(new double[][] {{1, 2}, {3, 4}, {5, 6, 7}}));
    assertRefused("Argument 'netBenefit' must hold at least one simulation: 0",
        () -> ValueOfInformation.evppiSorted(new double[][] {{}}, new double[0], 1));
    NullPointerException none = assertThrows(NullPointerException.class, () -> ValueOfInformation.evpi(null));
    assertEquals("Argument 'netBenefit' must not be null", none.getMessage());
  }
}
