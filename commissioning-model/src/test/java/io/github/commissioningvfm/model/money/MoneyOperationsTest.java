package io.github.commissioningvfm.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations of the three money types that the worked examples rely on, one behaviour each. */
class MoneyOperationsTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @Test
  void moneyAddsAndSubtractsToThePenny() {
    assertEquals(Money.of("13.45"), Money.of("10.10").plus(Money.of("3.35")));
    assertEquals(Money.of("6.75"), Money.of("10.10").minus(Money.of("3.35")));
    assertEquals(Money.of("-0.01"), Money.ZERO.minus(Money.ofPence(1)));
  }

  @Test
  void signPredicatesAtZero() {
    assertTrue(Money.ZERO.isZero());
    assertFalse(Money.ZERO.isPositive());
    assertFalse(Money.ZERO.isNegative());
    assertFalse(Money.ofPence(1).isZero());
    assertTrue(Money.ofPence(1).isPositive());
    assertFalse(Money.ofPence(-1).isPositive());
    assertTrue(Money.ofPence(-1).isNegative());
    assertEquals(Money.ofPence(1), Money.ofPence(-1).abs());
    assertEquals(Money.ofPence(1), Money.ofPence(1).abs());
  }

  @Test
  void zeroFormatsWithoutSign() {
    assertEquals("\u00a30.00", Money.ZERO.format());
    assertEquals("\u00a30.00", Money.ZERO.toString());
  }

  @Test
  void moneyOrdersByAmount() {
    List<Money> amounts = new ArrayList<>(List.of(Money.of("2.50"), Money.of("-1"), Money.of("0.99")));
    Collections.sort(amounts);
    assertEquals(List.of(Money.of("-1"), Money.of("0.99"), Money.of("2.50")), amounts);
    assertEquals(0, Money.of("1.5").compareTo(Money.of("1.50")));
    assertTrue(Money.of("1.51").compareTo(Money.of("1.50")) > 0);
  }

  @Test
  void moneyConvertsToBigMoneyAndDouble() {
    assertEquals(BigMoney.of("12.3"), Money.of("12.30").toBigMoney());
    assertEquals(12.3, Money.of("12.30").toDouble());
    assertEquals(-0.07, Money.ofPence(-7).toDouble());
  }

  @Test
  void parseLengthLimitIsFortyCharacters() {
    // 40 characters in the code form: read, and then refused as out of range.
    String forty = "GBP " + "9".repeat(36);
    assertEquals(40, forty.length());
    ArithmeticException range = assertThrows(ArithmeticException.class, () -> Money.parse(forty));
    assertEquals("Argument 'amount' overflows the range of Money (magnitude at most 999999999999999.99): "
        + "9".repeat(36) + ".00", range.getMessage());
    // 41 characters are refused unread.
    String fortyOne = forty + "9";
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> Money.parse(fortyOne));
    assertEquals("Argument 'text' is not an amount of money: '" + fortyOne
        + "'; expected e.g. 'GBP 1234.56' or '\u00a31,234.56'", tooLong.getMessage());
  }

  @Test
  void bigMoneyFromDoubleTakesTheShortestDecimal() {
    assertEquals(BigMoney.of("0.1"), BigMoney.of(0.1));
    assertEquals(new BigDecimal("1.005"), BigMoney.of(1.005).amount());
  }

  @Test
  void bigMoneyArithmeticIsExact() {
    BigMoney a = BigMoney.of("10.125");
    assertEquals(BigMoney.of("13.125"), a.plus(Money.of("3")));
    assertEquals(BigMoney.of("13.25"), a.plus(BigMoney.of("3.125")));
    assertEquals(BigMoney.of("7"), a.minus(BigMoney.of("3.125")));
    assertEquals(BigMoney.of("-10.125"), a.negated());
    assertEquals(BigMoney.of("1.0125"), a.multipliedBy(new BigDecimal("0.1")));
    assertEquals(BigMoney.of("30.375"), a.multipliedBy(3));
  }

  @Test
  void bigMoneyDividesToTheGivenPrecision() {
    assertEquals(BigMoney.of("3.33"), BigMoney.of("10").dividedBy(BigDecimal.valueOf(3), new MathContext(3)));
    assertEquals(BigMoney.of("3.333333333333333333333333333333333"),
        BigMoney.of("10").dividedBy(BigDecimal.valueOf(3)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BigMoney.of("10").dividedBy(new BigDecimal("0.00"), MathContext.DECIMAL32));
    assertEquals("Argument 'divisor' must not be zero: 0.00", e.getMessage());
  }

  @Test
  void bigMoneySignAndZero() {
    assertTrue(BigMoney.ZERO.isZero());
    assertTrue(BigMoney.of("0.000").isZero());
    assertFalse(BigMoney.of("0.001").isZero());
    assertEquals(0, BigMoney.ZERO.signum());
    assertEquals(1, BigMoney.of("0.001").signum());
    assertEquals(-1, BigMoney.of("-0.001").signum());
  }

  @Test
  void bigMoneyOrdersAndConverts() {
    assertTrue(BigMoney.of("1.001").compareTo(BigMoney.of("1")) > 0);
    assertTrue(BigMoney.of("-1").compareTo(BigMoney.of("1")) < 0);
    assertEquals(0, BigMoney.of("1.50").compareTo(BigMoney.of("1.5")));
    assertEquals(1.25, BigMoney.of("1.25").toDouble());
    assertEquals(Money.of("1.00"), BigMoney.of("1.005").toMoney(RoundingMode.DOWN));
    assertEquals(Money.of("1.01"), BigMoney.of("1.005").toMoney());
  }

  @Test
  void costFactoriesAgree() {
    Cost expected = new Cost(BigMoney.of("280.17"), Y2024);
    assertEquals(expected, Cost.of(Money.of("280.17"), Y2024));
    assertEquals(expected, Cost.of("280.17", Y2024));
    assertEquals(expected, Cost.of("280.17", "2024/25"));
    assertEquals(new Cost(BigMoney.of("100000"), Y2024), Cost.of(100_000, "2024/25"));
    assertEquals(new Cost(BigMoney.ZERO, Y2024), Cost.zero(Y2024));
    assertEquals("\u00a30.00 (2024/25 prices)", Cost.zero(Y2024).toString());
  }

  @Test
  void costScalesAndRounds() {
    Cost unit = Cost.of("280.17", Y2024);
    assertEquals(Cost.of("70.0425", Y2024), unit.multipliedBy(new BigDecimal("0.25")));
    assertEquals(Money.of("70.05"), unit.multipliedBy(new BigDecimal("0.25")).toMoney(RoundingMode.UP));
    assertEquals(Money.of("70.04"), unit.multipliedBy(new BigDecimal("0.25")).toMoney(RoundingMode.DOWN));
    assertEquals(Money.of("70.04"), unit.multipliedBy(new BigDecimal("0.25")).toMoney());
  }

  @Test
  void costOrdersWithinOnePriceBase() {
    assertTrue(Cost.of("2", "2024/25").compareTo(Cost.of("1", "2024/25")) > 0);
    assertTrue(Cost.of("1", "2024/25").compareTo(Cost.of("2", "2024/25")) < 0);
    assertEquals(0, Cost.of("1.0", "2024/25").compareTo(Cost.of("1", "2024/25")));
    PriceBaseMismatchException e = assertThrows(PriceBaseMismatchException.class,
        () -> Cost.of("1", "2024/25").minus(Cost.of("1", "2023/24")));
    assertEquals("Cannot subtract a cost in 2023/24 prices and a cost in 2024/25 prices: rebase one of them "
        + "to the other's price base first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, "
        + "FinancialYear.parse(\"2024/25\")) in the unit-costs module)", e.getMessage());
  }
}
