package io.github.commissioningvfm.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class BigMoneyTest {

  @Test
  void keepsFullPrecisionUntilRounded() {
    // 12 contacts at GBP 290.84 rebased by 0.912996 then discounted by 1/1.035.
    BigMoney chained = BigMoney.of("290.84").multipliedBy(12).multipliedBy(new BigDecimal("0.912996"))
        .dividedBy(new BigDecimal("1.035"));
    BigDecimal expected = new BigDecimal("290.84").multiply(BigDecimal.valueOf(12))
        .multiply(new BigDecimal("0.912996")).divide(new BigDecimal("1.035"), MathContext.DECIMAL128);
    assertEquals(0, expected.compareTo(chained.amount()));
    // 3490.08 x 0.912996 = 3186.42907968; / 1.035 = 3078.6754... -> half-up to the penny
    assertEquals(Money.of("3078.68"), chained.toMoney());
  }

  @Test
  void equalityIgnoresTrailingZeros() {
    assertEquals(BigMoney.of("1.5"), BigMoney.of("1.500"));
    assertEquals(BigMoney.of("100"), BigMoney.of(new BigDecimal("1E+2")));
    assertEquals("£100.00", BigMoney.of(new BigDecimal("1E+2")).toString());
    assertEquals("GBP 100", BigMoney.of(new BigDecimal("1E+2")).toCode());
  }

  @Test
  void rejectsBadInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BigMoney.of("12,5"));
    assertEquals("Argument 'amount' is not a decimal number: '12,5'", e.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> BigMoney.of(Double.NaN));
    assertEquals("Argument 'amount' must be a finite number: NaN", nan.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> BigMoney.of("1").dividedBy(BigDecimal.ZERO));
    assertEquals("Argument 'divisor' must not be zero: 0", zero.getMessage());
  }
}
