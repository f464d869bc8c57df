package io.github.commissioningvfm.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void scaleIsAlwaysTwo() {
    assertEquals(2, Money.ofPounds(5).amount().scale());
    assertEquals("£5.00", Money.ofPounds(5).toString());
    assertEquals("GBP 5.00", Money.ofPounds(5).toCode());
    assertEquals("£0.07", Money.ofPence(7).toString());
    assertEquals("-£12.30", Money.of("-12.3").toString());
    assertEquals("GBP -12.30", Money.of("-12.3").toCode());
    assertEquals(Money.of("12.3"), Money.of("12.30"));
  }

  @Test
  void parsesBothForms() {
    assertEquals(Money.of("1234.56"), Money.parse("GBP 1234.56"));
    assertEquals(Money.of("-5"), Money.parse("GBP -5.00"));
    assertEquals(Money.of("1234.56"), Money.parse("\u00a31,234.56"));
    assertEquals(Money.of("1234567.5"), Money.parse("\u00a31234567.50"));
    assertEquals(Money.of("-5"), Money.parse("-\u00a35"));
    assertEquals(Money.ZERO, Money.parse("\u00a30.00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a312.3.4", "GBP 12.345", "12.34", "GBP12.34", "gbp 1.00", "\u00a31,23.00",
      "\u00a3,123", "EUR 1.00", "GBP 01.00", "", " GBP 1.00", "GBP 1e3", "\u00a3 5"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
    assertEquals("Argument 'text' is not an amount of money: '" + text
        + "'; expected e.g. 'GBP 1234.56' or '\u00a31,234.56'", e.getMessage());
  }

  @Test
  void refusesTooManyDecimalsWithoutRoundingMode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1.005")));
    assertEquals("Argument 'amount' has more than two decimal places: 1.005; give a RoundingMode, "
        + "e.g. Money.of(amount, RoundingMode.HALF_UP)", e.getMessage());
    assertEquals(Money.of("1.01"), Money.of(new BigDecimal("1.005"), RoundingMode.HALF_UP));
    assertEquals(Money.of("1.00"), Money.of(new BigDecimal("1.005"), RoundingMode.HALF_DOWN));
    // Trailing zeros beyond two places lose nothing and are accepted.
    assertEquals(Money.of("1.5"), Money.of(new BigDecimal("1.5000")));
  }

  @Test
  void refusesNullNaNAndInfinity() {
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null));
    assertEquals("Argument 'amount' must not be null", npe.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> Money.of(Double.NaN, RoundingMode.HALF_UP));
    assertEquals("Argument 'amount' must be a finite number: NaN", nan.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> Money.of(Double.POSITIVE_INFINITY, RoundingMode.HALF_UP));
    assertEquals("Argument 'amount' must be a finite number: Infinity", inf.getMessage());
  }

  @Test
  void refusesOverflow() {
    Money max = Money.of(Money.MAX_ABSOLUTE);
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> max.plus(Money.ofPence(1)));
    assertEquals("Argument 'amount' overflows the range of Money (magnitude at most 999999999999999.99): "
        + "1000000000000000.00", e.getMessage());
    assertThrows(ArithmeticException.class, () -> max.negated().minus(Money.ofPence(1)));
  }

  @Test
  void arithmetic() {
    Money a = Money.of("10.10");
    assertEquals(Money.of("30.30"), a.multipliedBy(3));
    assertEquals(Money.of("3.37"), a.dividedBy(3, RoundingMode.HALF_UP));
    assertEquals(Money.of("3.36"), a.dividedBy(3, RoundingMode.DOWN));
    assertEquals(Money.of("1.52"), a.multipliedBy(new BigDecimal("0.15"), RoundingMode.HALF_UP));
    assertEquals(Money.of("-10.10"), a.negated());
    assertEquals(a, a.negated().abs());
    assertEquals(1010, a.toPence());
    assertTrue(a.isPositive());
    assertFalse(a.isNegative());
    assertTrue(Money.ZERO.isZero());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP));
    assertEquals("Argument 'divisor' must not be zero: 0", e.getMessage());
  }

  @Test
  void formatIgnoresDefaultLocale() {
    // Surefire runs under tr_TR, whose grouping and decimal separators differ.
    assertEquals("\u00a31,234,567.89", Money.of("1234567.89").format());
    assertEquals("-\u00a30.50", Money.of("-0.5").format());
  }

  @Test
  void doublesAreRoundedFromTheirExactExpansion() {
    // 0.125 is exact in binary: half-up gives 0.13, half-even gives 0.12.
    assertEquals(Money.of("0.13"), Money.of(0.125, RoundingMode.HALF_UP));
    assertEquals(Money.of("0.12"), Money.of(0.125, RoundingMode.HALF_EVEN));
  }
}
