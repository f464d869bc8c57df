package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An illustrative table with yearly probabilities whose half-year forms are round: 1 - (1 - q)^0.5. */
class LifeTableTest {

  private static final LifeTable TABLE = new LifeTable("illustrative", List.of(new LifeTable.Row(40, 0.0975),
      new LifeTable.Row(41, 0.19), new LifeTable.Row(42, 0.51), new LifeTable.Row(44, 0.75)));

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void eachAgeTakesTheRowThatStartsAtOrBeforeIt() {
    assertEquals(0.0975, TABLE.qx(40));
    assertEquals(0.0975, TABLE.qx(40.99));
    assertEquals(0.19, TABLE.qx(41));
    assertEquals(0.51, TABLE.qx(43.5));
    assertEquals(0.75, TABLE.qx(44));
    assertEquals(0.75, TABLE.qx(100));
    assertEquals("Life table 'illustrative' starts at age 40.0; no row covers age 39.5", message(() -> TABLE.qx(39.5)));
  }

  @Test
  void probabilityOverAPeriodAssumesAConstantHazard() {
    assertEquals(0.19, TABLE.probabilityOfDeath(41, 1));
    assertEquals(0.1, TABLE.probabilityOfDeath(41, 0.5), 1e-15);
    assertEquals(0.5, TABLE.probabilityOfDeath(44, 0.5), 1e-15);
    assertEquals(1 - 0.81 * 0.81, TABLE.probabilityOfDeath(41, 2), 1e-15);
    assertEquals("Argument 'years' must be positive: 0.0", message(() -> TABLE.probabilityOfDeath(41, 0)));
  }

  @Test
  void rowsMustStartAtIncreasingAges() {
    assertEquals("Life table 'bad': row 1 starts at age 40.0, not after the previous row's 40.0",
        message(() -> new LifeTable("bad", List.of(new LifeTable.Row(40, 0.1), new LifeTable.Row(40, 0.2)))));
    assertEquals("Life table 'bad': row 2 starts at age 45.0, not after the previous row's 50.0",
        message(() -> new LifeTable("bad", List.of(new LifeTable.Row(40, 0.1), new LifeTable.Row(50, 0.2),
            new LifeTable.Row(45, 0.3)))));
    assertEquals("Argument 'qx' must be between 0.0 and 1.0: 1.2", message(() -> new LifeTable.Row(40, 1.2)));
  }

  @Test
  void backgroundMortalityIsAddedToEveryLivingRowAtTheCohortsAge() {
    // dead state first; base rows: Well (0.1, 0.6, 0.3), Ill (0.2, 0.3, 0.5). Half-year cycles from age
    // 40: cycle 3 starts at 41, where q over half a year is 1 - 0.81^0.5 = 0.1
    TransitionMatrix base = TransitionMatrix.of(List.of("Dead", "Well", "Ill"),
        new double[][] {{1, 0, 0}, {0.1, 0.6, 0.3}, {0.2, 0.3, 0.5}});
    double[] p = new double[9];
    TransitionModel.constant(base).withBackgroundMortality(TABLE, 40, 0.5, 0).fill(3, p);
    assertArrayEquals(new double[] {1, 0, 0, 0.1 + 0.9 * 0.1, 0.9 * 0.6, 0.9 * 0.3, 0.1 + 0.9 * 0.2, 0.9 * 0.3,
        0.9 * 0.5}, p, 1e-15);
    // cycle 1 starts at 40: q = 1 - 0.9025^0.5 = 0.05
    TransitionModel.constant(base).withBackgroundMortality(TABLE, 40, 0.5, 0).fill(1, p);
    assertArrayEquals(new double[] {1, 0, 0, 0.05 + 0.95 * 0.1, 0.95 * 0.6, 0.95 * 0.3, 0.05 + 0.95 * 0.2,
        0.95 * 0.3, 0.95 * 0.5}, p, 1e-15);
  }
}
