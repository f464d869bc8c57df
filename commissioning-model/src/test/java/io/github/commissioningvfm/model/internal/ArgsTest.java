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
}
