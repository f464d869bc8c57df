package io.github.commissioningvfm.vfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowsTest {

  private static Cost cost(long pounds, String priceBase) {
    return Cost.of(pounds, priceBase);
  }

  @Test
  void minusSubtractsYearByYear() {
    List<Cost> a = List.of(cost(10, "2024/25"), cost(20, "2024/25"));
    List<Cost> b = List.of(cost(3, "2024/25"), cost(25, "2024/25"));
    // 10 - 3 = 7 and 20 - 25 = -5
    assertEquals(List.of("GBP 7 in 2024/25", "GBP -5 in 2024/25"),
        Flows.minus(a, b).stream().map(c -> c.amount().toCode() + " in " + c.priceBase()).toList());
  }

  @Test
  void minusRefusesSeriesOfDifferentLengths() {
    List<Cost> a = List.of(cost(10, "2024/25"), cost(20, "2024/25"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Flows.minus(a, List.of(cost(3, "2024/25"))));
    assertEquals("Argument 'b' must have as many years as a (2): 1", e.getMessage());
  }

  @Test
  void minusRefusesASeriesThatMixesPriceBasesEvenWhenTheOtherMixesThemAlike() {
    // year by year the price bases agree, so only the check of each whole series can see the mix
    List<Cost> mixed = List.of(cost(10, "2024/25"), cost(20, "2023/24"));
    List<Cost> plain = List.of(cost(1, "2024/25"), cost(2, "2024/25"));
    String message = "Cannot subtract a cost in 2023/24 prices and a cost in 2024/25 prices: rebase one of them to the "
        + "other's price base first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, "
        + "FinancialYear.parse(\"2024/25\")) in the unit-costs module)";
    assertEquals(message,
        assertThrows(PriceBaseMismatchException.class, () -> Flows.minus(mixed, mixed)).getMessage());
    assertEquals(message,
        assertThrows(PriceBaseMismatchException.class, () -> Flows.minus(plain, mixed)).getMessage());
  }

  @Test
  void minusNamesTheMixWithinEachSeries() {
    // each series is checked on its own first, so the message names the series' first price base as
    // the one expected; year by year the other series' price base would be the one expected instead
    List<Cost> newFirst = List.of(cost(10, "2024/25"), cost(20, "2023/24"));
    List<Cost> oldFirst = List.of(cost(1, "2023/24"), cost(2, "2024/25"));
    List<Cost> plain = List.of(cost(1, "2024/25"), cost(2, "2024/25"));
    assertEquals("Cannot subtract a cost in 2023/24 prices and a cost in 2024/25 prices: rebase one of them to the "
        + "other's price base first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, "
        + "FinancialYear.parse(\"2024/25\")) in the unit-costs module)",
        assertThrows(PriceBaseMismatchException.class, () -> Flows.minus(newFirst, plain)).getMessage());
    assertEquals("Cannot subtract a cost in 2024/25 prices and a cost in 2023/24 prices: rebase one of them to the "
        + "other's price base first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, "
        + "FinancialYear.parse(\"2023/24\")) in the unit-costs module)",
        assertThrows(PriceBaseMismatchException.class, () -> Flows.minus(plain, oldFirst)).getMessage());
  }
}
