package io.github.commissioningvfm.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void returnsTheValueAndNamesTheArgument() {
    assertEquals(3, Args.notNegative(3, "volume"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Args.notNegative(-3, "volume"));
    assertEquals("Argument 'volume' must not be negative: -3", e.getMessage());
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
        () -> Args.notNegative(new BigDecimal("-0.50"), "price"));
    assertEquals("Argument 'price' must not be negative: -0.50", d.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Args.positive(0.0, "rate"));
    assertEquals("Argument 'rate' must be positive: 0.0", p.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> Args.notNull(null, "year"));
    assertEquals("Argument 'year' must not be null", n.getMessage());
    List<String> list = List.of("a");
    assertSame(list, Args.notEmpty(list, "items"));
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Args.notEmpty(List.of(), "items"));
    assertEquals("Argument 'items' must not be empty", empty.getMessage());
    NullPointerException nullElement = assertThrows(NullPointerException.class,
        () -> Args.noNullElements(Arrays.asList("a", null), "items"));
    assertEquals("Argument 'items' must not contain null, found at index 1", nullElement.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> Args.finite(Double.NEGATIVE_INFINITY, "x"));
    assertEquals("Argument 'x' must be a finite number: -Infinity", inf.getMessage());
  }

  @Test
  void boundsIncludeTheirEnds() {
    assertEquals(0.0, Args.notNegative(0.0, "share"));
    assertEquals(2.5, Args.notNegative(2.5, "share"));
    IllegalArgumentException share = assertThrows(IllegalArgumentException.class, () -> Args.notNegative(-0.1, "share"));
    assertEquals("Argument 'share' must not be negative: -0.1", share.getMessage());
    assertEquals(BigDecimal.ZERO, Args.notNegative(BigDecimal.ZERO, "price"));
    assertEquals(0.5, Args.positive(0.5, "rate"));
    assertEquals(1L, Args.positive(1L, "count"));
    assertEquals(7, Args.positive(7, "count"));
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> Args.positive(0, "count"));
    assertEquals("Argument 'count' must be positive: 0", count.getMessage());
    assertEquals(new BigDecimal("0.01"), Args.positive(new BigDecimal("0.01"), "factor"));
    assertEquals(0.0, Args.inRange(0.0, 0.0, 1.0, "p"));
    assertEquals(1.0, Args.inRange(1.0, 0.0, 1.0, "p"));
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> Args.inRange(-0.5, 0.0, 1.0, "p"));
    assertEquals("Argument 'p' must be between 0.0 and 1.0: -0.5", low.getMessage());
    IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> Args.inRange(1.5, 0.0, 1.0, "p"));
    assertEquals("Argument 'p' must be between 0.0 and 1.0: 1.5", high.getMessage());
    assertEquals(5L, Args.inRange(5L, 5L, 9L, "year"));
    assertEquals(9, Args.inRange(9, 5, 9, "year"));
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> Args.inRange(10, 5, 9, "year"));
    assertEquals("Argument 'year' must be between 5 and 9: 10", year.getMessage());
  }

  @Test
  void requireNamesTheMissingArgument() {
    assertEquals("a", Args.require("a", "name"));
    NullPointerException e = assertThrows(NullPointerException.class, () -> Args.require(null, "name"));
    assertEquals("Argument 'name' must not be null", e.getMessage());
  }
}
