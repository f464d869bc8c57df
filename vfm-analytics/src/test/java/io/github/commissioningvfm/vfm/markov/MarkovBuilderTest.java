package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the builders and the model's inputs refuse, and why. */
class MarkovBuilderTest {

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  private static MarkovModel.Builder threeStates() {
    return MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead").cycles(1)
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(1, 0, 0, 0, 1, 0, 0, 0, 1),
            StateValues.constant(0, 0, 0), StateValues.constant(1, 1, 0)));
  }

  @Test
  void startingCohortMustBeSetWithOneOccupancyPerStateAndSomeoneInIt() {
    assertEquals("Argument 'initial' must be set (one occupancy per state): not set",
        message(() -> threeStates().build()));
    assertEquals("Argument 'initial' must have one occupancy per state (3): 2",
        message(() -> threeStates().initial(1, 0).build()));
    assertEquals("Argument 'initial' must hold a positive cohort: 0.0",
        message(() -> threeStates().initial(0, 0, 0).build()));
    assertEquals("Initial occupancy of 'Ill' must be finite and not negative: -1.0",
        message(() -> threeStates().initial(2, -1, 0).build()));
    assertArrayEquals(new double[] {0, 0.5, 0}, threeStates().initial(0, 0.5, 0).build().initial());
  }

  @Test
  void builderRefusesRepeatedNamesAndUnknownStates() {
    assertEquals("State 'Well' is listed twice", message(() -> MarkovModel.builder().states("Well", "Well")));
    assertEquals("Strategy 's' is defined twice", message(() -> threeStates().initial(1, 0, 0)
        .strategy(MarkovStrategy.of("s", TransitionModel.constantRowMajor(1, 0, 0, 0, 1, 0, 0, 0, 1),
            StateValues.constant(0, 0, 0), StateValues.constant(1, 1, 0))).build()));
    assertEquals("Unknown state 'Gone'; states are [Well, Ill, Dead]",
        message(() -> threeStates().dead("Gone").initial(1, 0, 0).build()));
    assertEquals("Argument 'rowTolerance' must be positive: 0.0",
        message(() -> threeStates().initial(1, 0, 0).rowTolerance(0).build()));
    assertEquals("Argument 'cycleLengthYears' must be positive: -1.0",
        message(() -> threeStates().initial(1, 0, 0).cycleLengthYears(-1).build()));
  }

  @Test
  void tunnelNeedsTwoStatesOrMore() {
    assertEquals("Argument 'length' must be at least 2: 1", message(() -> new Tunnel("Crisis", 1)));
    Tunnel t = new Tunnel("Crisis", 2);
    assertEquals(List.of("Crisis 1", "Crisis 2"), t.states());
    assertEquals("Argument 'i' must be between 1 and 2: 3", message(() -> t.state(3)));
  }

  @Test
  void stateValuesAreFiniteAndOfTheModelsSize() {
    assertEquals("Argument 'values[1]' must be a finite number: NaN",
        message(() -> StateValues.constant(1, Double.NaN)));
    StateValues v = StateValues.constant(1, 2);
    assertTrue(v.isConstant());
    assertEquals("[1.0, 2.0]", v.toString());
    assertEquals("State values give 2 values for 3 states", message(() -> v.fill(0, new double[3])));
    StateValues byRow = StateValues.byRow(t -> new double[] {t, 2 * t});
    assertFalse(byRow.isConstant());
    double[] target = new double[2];
    byRow.fill(3, target);
    assertArrayEquals(new double[] {3, 6}, target);
    assertEquals("State values at row 4 give 2 values for 3 states", message(() -> byRow.fill(4, new double[3])));
  }

  @Test
  void entryCostsMustBeFinite() {
    MarkovStrategy s = MarkovStrategy.of("s", TransitionModel.constantRowMajor(1), StateValues.constant(0),
        StateValues.constant(1));
    assertEquals("Argument 'entryCosts['Ill']' must be a finite number: NaN",
        message(() -> s.withEntryCost("Ill", Double.NaN)));
    assertEquals(Double.valueOf(250), s.withEntryCost("Ill", 250).entryCosts().get("Ill"));
  }
}
