package io.github.commissioningvfm.vfm.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void upperBelowLowerIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Interval(2.0, 1.5, 0.95, "t interval"));
    assertEquals("Argument 'upper' must not be below lower 2.0: 1.5", e.getMessage());
  }

  @Test
  void aPointIntervalIsAllowed() {
    Interval i = new Interval(2.0, 2.0, 0.95, "t interval");
    assertTrue(i.contains(2.0));
    assertEquals("95% t interval [2.000, 2.000]", i.toString());
  }

  @Test
  void levelMustLieStrictlyBetweenZeroAndOne() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new Interval(1, 2, 0, "t interval"));
    assertEquals("Argument 'level' must be between 0 and 1 (exclusive): 0.0", zero.getMessage());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> new Interval(1, 2, 1, "t interval"));
    assertEquals("Argument 'level' must be between 0 and 1 (exclusive): 1.0", one.getMessage());
    assertEquals("0.1% t interval [1.000, 2.000]", new Interval(1, 2, 0.001, "t interval").toString());
    assertEquals("99.9% t interval [1.000, 2.000]", new Interval(1, 2, 0.999, "t interval").toString());
  }

  @Test
  void containsIsClosedAtBothEnds() {
    Interval i = new Interval(1.5, 2.5, 0.9, "percentile bootstrap");
    assertTrue(i.contains(1.5));
    assertTrue(i.contains(2.5));
    assertTrue(i.contains(2.0));
    assertFalse(i.contains(Math.nextDown(1.5)));
    assertFalse(i.contains(Math.nextUp(2.5)));
  }
}
