package io.github.commissioningvfm.unitcosts.pssru;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NHS cost inflation index (PSSRU table 12.1.1) and the PSS pay and prices index (table
 * 12.1.2), per edition, with rebasing checked against hand calculations.
 */
class PssruIndexTest {

  private static final UnitCosts COSTS = UnitCosts.standard();
  private static final FinancialYear Y2223 = FinancialYear.parse("2022/23");

  private static BigDecimal change(String index, String edition, String year) {
    return COSTS.index(index, edition).publishedValues().get(FinancialYear.parse(year));
  }

  @Test
  void nhscii202223WasRevisedBetweenEditionsAndBothStayAvailable() {
    // Table 12.1.1, pay and prices 2022/23: 7.03% (2023 manual, provisional), 7.32% (2024 manual).
    assertEquals(new BigDecimal("7.03"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2023", "2022/23"));
    assertEquals(new BigDecimal("7.32"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2024", "2022/23"));
    // 2021/22: 2.72% provisional (2022 manual), 2.57% (2023), 2.58% (2024).
    assertEquals(new BigDecimal("2.72"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2022", "2021/22"));
    assertEquals(new BigDecimal("2.57"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2023", "2021/22"));
    assertEquals(new BigDecimal("2.58"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2024", "2021/22"));
    // The latest year of each edition is marked provisional in table 12.1.1.
    assertEquals(java.util.Optional.of("provisional"),
        COSTS.nhsciiPayAndPrices("2023").note(FinancialYear.parse("2022/23")));
    assertEquals(java.util.Optional.empty(), COSTS.nhsciiPayAndPrices("2024").note(FinancialYear.parse("2022/23")));
    assertEquals(java.util.Optional.of("provisional"),
        COSTS.nhsciiPayAndPrices("2024").note(FinancialYear.parse("2023/24")));
    // 2015/16 moved from 0.39% to 0.40%.
    assertEquals(new BigDecimal("0.39"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2022", "2015/16"));
    assertEquals(new BigDecimal("0.40"), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2024", "2015/16"));
  }

  @Test
  void nhsciiPayAndPricesSeriesOfThe2024Manual() {
    // Table 12.1.1 (2024 manual), prices / pay / pay and prices, 2015/16 to 2023/24.
    List<String> prices = List.of("0.56", "2.06", "1.30", "1.59", "1.30", "0.84", "1.72", "7.15", "3.45");
    List<String> pay = List.of("0.30", "2.10", "1.21", "1.60", "2.58", "3.41", "3.07", "7.41", "4.79");
    List<String> both = List.of("0.40", "2.09", "1.24", "1.60", "2.14", "2.49", "2.58", "7.32", "4.31");
    for (int i = 0; i < prices.size(); i++) {
      String year = FinancialYear.ofStartYear(2015 + i).toString();
      assertEquals(new BigDecimal(prices.get(i)), change(UnitCosts.NHSCII_PRICES, "2024", year), year);
      assertEquals(new BigDecimal(pay.get(i)), change(UnitCosts.NHSCII_PAY, "2024", year), year);
      assertEquals(new BigDecimal(both.get(i)), change(UnitCosts.NHSCII_PAY_AND_PRICES, "2024", year), year);
    }
  }

  @Test
  void rebasingWithTheNhsciiFollowsTheHandCalculation() {
    // GBP 266 (2023 manual table 2.1.1, 2022/23 prices) to 2023/24 with the 2024 manual's
    // NHSCII pay and prices: 266 x 1.0431 = 277.4646.
    PriceIndexSeries nhscii = COSTS.nhsciiPayAndPrices("2024");
    Cost rebased = nhscii.inflatedTo(Cost.of("266", "2022/23"), FinancialYear.parse("2023/24"));
    assertEquals(0, new BigDecimal("277.4646").compareTo(rebased.amount().amount()));
    // Two years, 2021/22 -> 2023/24: 100 x 1.0732 x 1.0431 = 111.94549...
    Cost twoYears = nhscii.inflatedTo(Cost.of("100", "2021/22"), FinancialYear.parse("2023/24"));
    BigDecimal hand = new BigDecimal("1.0732").multiply(new BigDecimal("1.0431")).multiply(new BigDecimal("100"));
    assertEquals(0, hand.round(MathContext.DECIMAL64).compareTo(twoYears.amount().amount().round(MathContext.DECIMAL64)));
    SourcedCost s = nhscii.inflatedTo(COSTS.edition("pssru", "2023").get("pssru.iapt.contact").sourcedCost(),
        FinancialYear.parse("2023/24"));
    // 135 x 1.0431 = 140.8185
    assertEquals(0, new BigDecimal("140.8185").compareTo(s.cost().amount().amount()));
    // Levels chain from 100 in 2014/15 through the published changes 2015/16 to 2022/23.
    BigDecimal level2223 = new BigDecimal("100");
    for (String p : List.of("0.40", "2.09", "1.24", "1.60", "2.14", "2.49", "2.58", "7.32")) {
      level2223 = level2223.multiply(BigDecimal.ONE.add(new BigDecimal(p).movePointLeft(2)));
    }
    BigDecimal level2324 = level2223.multiply(new BigDecimal("1.0431"));
    assertEquals("rebased 2022/23 -> 2023/24 with NHS cost inflation index, pay and prices (NHS providers) "
        + "(nhscii-pay-and-prices, edition 2024): x 1.0431 (" + sixPlaces(level2324) + " / " + sixPlaces(level2223)
        + ")", s.provenance().adjustments().get(0));
  }

  private static String sixPlaces(BigDecimal value) {
    return value.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  @Test
  void pssPayAndPricesPerEdition() {
    // Table 12.1.2 (adult services): P&P excl. capital / incl. capital / pay.
    assertEquals(new BigDecimal("3.2"), change(UnitCosts.PSS_PAY_AND_PRICES, "2022", "2016/17"));
    assertEquals(new BigDecimal("3.10"), change(UnitCosts.PSS_PAY_AND_PRICES, "2024", "2016/17"));
    assertEquals(new BigDecimal("7.40"), change(UnitCosts.PSS_PAY_AND_PRICES, "2024", "2023/24"));
    assertEquals(new BigDecimal("7.00"), change(UnitCosts.PSS_PAY_AND_PRICES_INCL_CAPITAL, "2024", "2023/24"));
    assertEquals(new BigDecimal("8.10"), change(UnitCosts.PSS_PAY, "2024", "2023/24"));
    assertEquals(new BigDecimal("-0.40"), change(UnitCosts.PSS_PAY, "2024", "2011/12"));
    assertEquals(FinancialYear.parse("2007/08"), COSTS.pssPayAndPrices("2024").firstYear());
    // GBP 491 (2023 manual table 7.5.1, 2022/23) x 1.074 = 527.334 with the 2024 manual's PSS P&P.
    assertEquals(0, new BigDecimal("527.334").compareTo(COSTS.pssPayAndPrices("2024")
        .inflatedTo(Cost.of("491", "2022/23"), FinancialYear.parse("2023/24")).amount().amount()));
    assertEquals(Y2223, COSTS.pssPayAndPrices("2024").lastYear().previous());
  }
}
