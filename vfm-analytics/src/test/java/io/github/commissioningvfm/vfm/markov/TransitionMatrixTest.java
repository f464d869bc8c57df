package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionMatrixTest {

  private static final List<String> S = List.of("Well", "Ill", "Dead");

  private static TransitionMatrix matrix() {
    return TransitionMatrix.builder(S).set("Well", "Ill", 0.25).set("Well", "Dead", 0).complement("Well", "Well")
        .set("Ill", "Well", 0.5).set("Ill", "Dead", 0.125).complement("Ill", "Ill").set("Dead", "Dead", 1).build();
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  /** A one-strategy model over {@code states}, the cohort starting in the first, with a constant matrix. */
  private static MarkovModel model(double tolerance, List<String> states, double... rowMajor) {
    double[] zeros = new double[states.size()];
    double[] initial = zeros.clone();
    initial[0] = 1;
    return MarkovModel.builder().states(states.toArray(String[]::new)).initial(initial).cycles(2)
        .rowTolerance(tolerance)
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(rowMajor), StateValues.constant(zeros),
            StateValues.constant(zeros)))
        .build();
  }

  @Test
  void entriesAreReadByName() {
    TransitionMatrix p = matrix();
    assertEquals(0.75, p.get("Well", "Well"));
    assertEquals(0.5, p.get("Ill", "Well"));
    assertEquals(0.375, p.get("Ill", "Ill"));
    assertEquals(0.125, p.get("Ill", "Dead"));
    assertEquals(S, p.states());
    assertArrayEquals(new double[] {0.75, 0.25, 0, 0.5, 0.375, 0.125, 0, 0, 1}, p.toArray());
    assertEquals("Unknown state 'Gone'; states are [Well, Ill, Dead]", message(() -> p.get("Well", "Gone")));
  }

  @Test
  void toArrayIsACopy() {
    TransitionMatrix p = matrix();
    p.toArray()[0] = 0;
    assertEquals(0.75, p.get("Well", "Well"));
  }

  @Test
  void printsOneLinePerState() {
    assertEquals("TransitionMatrix[Well, Ill, Dead]\n"
        + "  Well: 0.750000 0.250000 0.000000\n"
        + "  Ill: 0.500000 0.375000 0.125000\n"
        + "  Dead: 0.000000 0.000000 1.000000\n", matrix().toString());
    assertEquals("constant " + matrix(), TransitionModel.constant(matrix()).toString());
  }

  @Test
  void equalMatricesAreEqual() {
    TransitionMatrix a = matrix();
    TransitionMatrix b = TransitionMatrix.of(S, new double[][] {{0.75, 0.25, 0}, {0.5, 0.375, 0.125}, {0, 0, 1}});
    TransitionMatrix otherValues = TransitionMatrix.of(S, new double[][] {{1, 0, 0}, {0.5, 0.375, 0.125}, {0, 0, 1}});
    TransitionMatrix otherStates = TransitionMatrix.of(List.of("A", "B", "C"),
        new double[][] {{0.75, 0.25, 0}, {0.5, 0.375, 0.125}, {0, 0, 1}});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, otherValues);
    assertNotEquals(a.hashCode(), otherValues.hashCode());
    assertNotEquals(a, otherStates);
    assertNotEquals(a.hashCode(), otherStates.hashCode());
    assertNotEquals(a, (Object) "matrix");
  }

  @Test
  void rowsMustMatchTheStates() {
    assertEquals("Argument 'rows' must have one row per state (3): 4", message(() -> TransitionMatrix.of(S,
        new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}})));
    assertEquals("Argument 'rows[1]' must have one entry per state (3): 4", message(() -> TransitionMatrix.of(S,
        new double[][] {{1, 0, 0}, {0, 1, 0, 0}, {0, 0, 1}})));
    assertEquals("Transition matrix: entry from 'Well' to 'Well' is not a probability: 1.5",
        message(() -> TransitionMatrix.of(S, new double[][] {{1.5, -0.5, 0}, {0, 1, 0}, {0, 0, 1}})));
  }

  @Test
  void entriesExactlyAtTheToleranceAreAccepted() {
    double tolerance = TransitionMatrix.DEFAULT_TOLERANCE;
    TransitionMatrix p = TransitionMatrix.of(List.of("A", "B"), new double[][] {{1 + tolerance, -tolerance}, {0, 1}});
    assertEquals(-tolerance, p.get("A", "B"));
    assertEquals("Transition matrix: entry from 'A' to 'B' is not a probability: -1.1E-6",
        message(() -> TransitionMatrix.of(List.of("A", "B"), new double[][] {{1, -1.1e-6}, {0, 1}})));
  }

  @Test
  void builderChecksEachProbabilityAndTheRows() {
    TransitionMatrix.Builder b = TransitionMatrix.builder(List.of("A", "B"));
    assertEquals("Transition from 'A' to 'B' must be a probability between 0 and 1: -0.01",
        message(() -> b.set("A", "B", -0.01)));
    assertEquals("Transition from 'A' to 'B' must be a probability between 0 and 1: 1.01",
        message(() -> b.set("A", "B", 1.01)));
    assertEquals("Transition from 'A' to 'B' must be a probability between 0 and 1: NaN",
        message(() -> b.set("A", "B", Double.NaN)));
    TransitionMatrix p = TransitionMatrix.builder(List.of("A", "B")).set("A", "B", 0).set("A", "A", 1)
        .set("B", "B", 1).build();
    assertArrayEquals(new double[] {1, 0, 0, 1}, p.toArray());
    assertEquals("Transition matrix: row 'A' sums to 0.300000000, not 1 (tolerance 1.0E-6)",
        message(() -> TransitionMatrix.builder(List.of("A", "B")).set("A", "B", 0.3).set("B", "B", 1).build()));
    assertEquals("Row 'A' already has its complement in 'A'",
        message(() -> TransitionMatrix.builder(List.of("A", "B")).complement("A", "A").complement("A", "B")));
    assertEquals("State 'A' is listed twice in [A, B, A]",
        message(() -> TransitionMatrix.builder(List.of("A", "B", "A"))));
  }

  @Test
  void modelRefusesAConstantMatrixWithEntriesOutsideZeroAndOneEvenIfEveryRowSumsToOne() {
    MarkovModel m = model(TransitionMatrix.DEFAULT_TOLERANCE, List.of("A", "B"), 1.5, -0.5, -0.5, 1.5);
    assertEquals("Strategy 's': entry from 'A' to 'A' is not a probability: 1.5", message(m::run));
  }

  @Test
  void modelRefusesAConstantMatrixWhoseEveryRowFallsShort() {
    MarkovModel m = model(TransitionMatrix.DEFAULT_TOLERANCE, List.of("A", "B"), 0.45, 0.45, 0.45, 0.45);
    assertEquals("Strategy 's': row 'A' sums to 0.900000000, not 1 (tolerance 1.0E-6)", message(m::run));
    double[] out = new double[3];
    assertEquals("Strategy 's': row 'A' sums to 0.900000000, not 1 (tolerance 1.0E-6)",
        message(() -> m.totals(m.newWorkspace(), out)));
  }

  @Test
  void modelToleranceIsInclusive() {
    // entries of row A lie exactly at -0.25 and 1.25, row B sums to exactly 1.25: both pass, so the
    // first row named is C, which sums to 0.5
    MarkovModel m = model(0.25, List.of("A", "B", "C"), 1.25, -0.25, 0, 0.5, 0.75, 0, 0, 0, 0.5);
    assertEquals(0.25, m.rowTolerance());
    assertEquals("Strategy 's': row 'C' sums to 0.500000000, not 1 (tolerance 0.25)", message(m::run));
    MarkovModel within = model(0.25, List.of("A", "B"), 1.25, -0.25, 0.5, 0.75);
    assertEquals(2, within.run().strategy("s").trace().length - 1);
  }

  @Test
  void constantModelsSayTheyAreConstant() {
    assertTrue(TransitionModel.constant(matrix()).isConstant());
    assertTrue(TransitionModel.constantRowMajor(1).isConstant());
    assertFalse(TransitionModel.byCycle(k -> matrix()).isConstant());
    assertEquals("constant, row-major [0.5, 0.5, 0.0, 1.0]",
        TransitionModel.constantRowMajor(0.5, 0.5, 0, 1).toString());
  }
}
