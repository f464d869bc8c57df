package io.github.commissioningvfm.vfm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Interval arithmetic on rounding intervals, with ends chosen to be exact in binary. */
class SpanTest {

  @Test
  void sumsAddTheEnds() {
    assertEquals(Span.of(11, 22), Span.of(1, 2).plus(Span.of(10, 20)));
    assertEquals(Span.of(-1.5, 0.25), Span.of(-2, -1).plus(Span.of(0.5, 1.25)));
  }

  @Test
  void productsAndQuotientsTakeTheExtremeProductsOfTheEnds() {
    // [-2, 1] x [3, 4]: the products of the ends are -6, -8, 3 and 4
    assertEquals(Span.of(-8, 4), Span.of(-2, 1).times(Span.of(3, 4)));
    // [1, 2] / [4, 8] = [1/8, 2/4]; [1, 2] / [-8, -4] = [2/-4, 1/-8]
    assertEquals(Span.of(0.125, 0.5), Span.of(1, 2).dividedBy(Span.of(4, 8)));
    assertEquals(Span.of(-0.5, -0.125), Span.of(1, 2).dividedBy(Span.of(-8, -4)));
  }

  @Test
  void aDivisorReachingZeroIsRefusedEvenAtAnEnd() {
    assertEquals("divisor interval [0.0, 1.0] contains zero",
        assertThrows(ArithmeticException.class, () -> Span.of(1, 2).dividedBy(Span.of(0, 1))).getMessage());
    assertEquals("divisor interval [-1.0, 0.0] contains zero",
        assertThrows(ArithmeticException.class, () -> Span.of(1, 2).dividedBy(Span.of(-1, 0))).getMessage());
    assertEquals("divisor interval [-0.5, 0.5] contains zero",
        assertThrows(ArithmeticException.class, () -> Span.of(1, 2).dividedBy(Span.of(-0.5, 0.5))).getMessage());
  }

  @Test
  void intervalsThatTouchAtOneEndIntersect() {
    assertTrue(Span.of(0, 1).intersects(Span.of(1, 2)));
    assertTrue(Span.of(1, 2).intersects(Span.of(0, 1)));
    assertFalse(Span.of(0, 1).intersects(Span.of(1.5, 2)));
    assertFalse(Span.of(1.5, 2).intersects(Span.of(0, 1)));
    assertEquals(0.5, Span.of(0, 1).distance(Span.of(1.5, 2)), 0);
    assertEquals(0, Span.of(0, 1).distance(Span.of(1, 2)), 0);
  }
}
