package io.github.commissioningvfm.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostTest {

  private static final String HOW_TO_REBASE = ": rebase one of them to the other's price base first, "
      + "with a price index (e.g. PriceIndexSeries.inflatedTo(cost, FinancialYear.parse(\"2024/25\")) "
      + "in the unit-costs module)";

  @Test
  void addsWithinOnePriceBase() {
    Cost a = Cost.of("280.17", "2024/25");
    Cost b = Cost.of("19.83", "2024/25");
    assertEquals(Cost.of("300", "2024/25"), a.plus(b));
    assertEquals(Cost.of("260.34", "2024/25"), a.minus(b));
    assertEquals("£280.17 (2024/25 prices)", a.toString());
    assertEquals(Money.of("350212.50"), a.multipliedBy(1250).toMoney());
  }

  @Test
  void refusesToMixPriceBases() {
    Cost newer = Cost.of("280.17", "2024/25");
    Cost older = Cost.of("273", "2023/24");
    PriceBaseMismatchException add = assertThrows(PriceBaseMismatchException.class, () -> newer.plus(older));
    assertEquals("Cannot add a cost in 2023/24 prices and a cost in 2024/25 prices" + HOW_TO_REBASE,
        add.getMessage());
    assertEquals(FinancialYear.parse("2024/25"), add.expected());
    assertEquals(FinancialYear.parse("2023/24"), add.actual());
    PriceBaseMismatchException cmp = assertThrows(PriceBaseMismatchException.class, () -> newer.compareTo(older));
    assertEquals("Cannot compare a cost in 2023/24 prices and a cost in 2024/25 prices" + HOW_TO_REBASE,
        cmp.getMessage());
    assertThrows(PriceBaseMismatchException.class, () -> newer.minus(older));
  }

  @Test
  void rebasingMultipliesByTheIndexRatio() {
    // GDP deflator, 2024-25 = 100: 2013-14 73.0337, 2023-24 96.1117 (see shared reference, section 4).
    BigDecimal factor = new BigDecimal("96.1117").divide(new BigDecimal("73.0337"), java.math.MathContext.DECIMAL128);
    Cost rebased = Cost.of("38", "2013/14").rebasedTo(FinancialYear.parse("2023/24"), factor);
    assertEquals(FinancialYear.parse("2023/24"), rebased.priceBase());
    assertEquals(Money.of("50.01"), rebased.toMoney());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cost.of("38", "2013/14").rebasedTo(FinancialYear.parse("2023/24"), BigDecimal.ZERO));
    assertEquals("Argument 'factor' must be positive: 0", e.getMessage());
  }
}
