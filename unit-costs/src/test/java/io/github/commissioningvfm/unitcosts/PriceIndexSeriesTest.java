package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rebasing with the bundled GDP deflator and with series built from annual changes, each checked
 * against a hand calculation from {@code C_b = C_a x L(b) / L(a)}.
 *
 * <p>GDP deflator levels: HM Treasury, GDP deflators at market prices, March 2026 (Quarterly
 * National Accounts), financial years, 2024-25 = 100.
 */
class PriceIndexSeriesTest {

  private static final PriceIndexSeries GDP = UnitCosts.standard().gdpDeflator();
  private static final FinancialYear Y2324 = FinancialYear.parse("2023/24");
  private static final FinancialYear Y2425 = FinancialYear.parse("2024/25");

  @Test
  void bundledGdpDeflatorLevelsMatchTheMarch2026Release() {
    // HM Treasury GDP deflators, March 2026 QNA, financial-year index (2024-25 = 100).
    Map<String, String> expected = Map.ofEntries(
        Map.entry("2010/11", "68.8561"), Map.entry("2011/12", "70.3261"), Map.entry("2012/13", "71.5454"),
        Map.entry("2013/14", "73.0337"), Map.entry("2014/15", "74.0662"), Map.entry("2015/16", "74.5804"),
        Map.entry("2016/17", "76.0754"), Map.entry("2017/18", "77.0388"), Map.entry("2018/19", "78.7948"),
        Map.entry("2019/20", "80.8738"), Map.entry("2020/21", "85.1002"), Map.entry("2021/22", "85.3036"),
        Map.entry("2022/23", "91.2996"), Map.entry("2023/24", "96.1117"), Map.entry("2024/25", "100.0000"));
    assertEquals(expected.size(), GDP.publishedValues().size());
    expected.forEach((year, level) -> assertEquals(new BigDecimal(level), GDP.level(FinancialYear.parse(year)), year));
    assertEquals("hmt-gdp-deflator", GDP.index());
    assertEquals("2026-03", GDP.edition().edition());
    assertEquals(IndexForm.LEVEL, GDP.form());
    assertTrue(GDP.note(FinancialYear.parse("2022/23")).orElseThrow().startsWith("Outturn (ONS series L8GG)."));
  }

  @Test
  void notesMustNameYearsOfTheSeries() {
    PriceIndexSeries s = PriceIndexSeries.ofLevels("x", "X", edition("1"), Map.of(Y2324, BigDecimal.TEN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.withNotes(Map.of(Y2425, "provisional")));
    assertEquals("Argument 'notes' must only name years of the series: 2024/25", e.getMessage());
    assertEquals(java.util.Optional.of("provisional"), s.withNotes(Map.of(Y2324, "provisional")).note(Y2324));
  }

  @Test
  void rebasesTheWorkedExampleOfTheReferenceNotes() {
    // GBP 38 in 2013/14 prices to 2023/24: 38 x (96.1117 / 73.0337) = 50.0077... -> GBP 50.01.
    Cost rebased = GDP.inflatedTo(Cost.of("38", "2013/14"), Y2324);
    BigDecimal hand = new BigDecimal("38").multiply(new BigDecimal("96.1117")
        .divide(new BigDecimal("73.0337"), MathContext.DECIMAL128));
    assertEquals(0, hand.compareTo(rebased.amount().amount()));
    assertEquals("£50.01", rebased.toMoney().toString());
    assertEquals(Y2324, rebased.priceBase());
  }

  @Test
  void rebasesTheCrisisCafeBenchmarkToEachYearFrom202021() {
    // NCC 2024/25 A21 crisis cafe/safe haven, GBP 290.84 in 2024/25 prices; level(2024/25) = 100.
    UnitCost a21 = UnitCosts.standard().get("ncc.mh-care-contact.a21-crisis-cafe-safe-haven");
    Map<String, String> levels = Map.of("2020/21", "85.1002", "2021/22", "85.3036", "2022/23", "91.2996",
        "2023/24", "96.1117", "2024/25", "100.0000");
    levels.forEach((year, level) -> {
      BigDecimal hand = new BigDecimal("290.84").multiply(new BigDecimal(level)).divide(new BigDecimal("100"),
          MathContext.DECIMAL128);
      assertEquals(0, hand.compareTo(GDP.inflatedTo(a21.value(), FinancialYear.parse(year)).amount().amount()), year);
    });
    // 290.84 x 91.2996 / 100 = 265.53575664 -> GBP 265.54
    assertEquals("£265.54", GDP.inflatedTo(a21.value(), FinancialYear.parse("2022/23")).toMoney().toString());
  }

  @Test
  void sourcedRebasingNamesIndexEditionYearsAndFactor() {
    UnitCost convey = UnitCosts.standard().edition("ncc", "2023/24").get("ncc.ambulance.see-and-convey");
    SourcedCost rebased = GDP.inflatedTo(convey.sourcedCost(), Y2425);
    // 100 / 96.1117 = 1.04045647... -> shown to six places
    assertEquals(List.of("rebased 2023/24 -> 2024/25 with HM Treasury GDP deflator at market prices "
        + "(hmt-gdp-deflator, edition 2026-03): x 1.040456 (100 / 96.1117)"), rebased.provenance().adjustments());
    assertEquals("ncc.ambulance.see-and-convey", rebased.provenance().key());
    assertEquals("2023/24", rebased.provenance().edition());
    assertEquals(Y2425, rebased.cost().priceBase());
  }

  @Test
  void sameYearRebasingReturnsTheCostUnchanged() {
    SourcedCost c = UnitCosts.standard().get("ncc.ambulance.see-and-convey").sourcedCost();
    assertSame(c, GDP.inflatedTo(c, Y2425));
  }

  @Test
  void yearsOutsideTheSeriesAreRefused() {
    IndexCoverageException e = assertThrows(IndexCoverageException.class,
        () -> GDP.inflatedTo(Cost.of("100", "2024/25"), FinancialYear.parse("2025/26")));
    assertEquals("HM Treasury GDP deflator at market prices (hmt-gdp-deflator, edition 2026-03) covers 2010/11 to "
        + "2024/25, not 2025/26; to extrapolate, pass an explicit assumed InflationRate to inflatedTo", e.getMessage());
    assertEquals(FinancialYear.parse("2025/26"), e.year());
    assertThrows(IndexCoverageException.class,
        () -> GDP.inflatedTo(Cost.of("100", "2009/10"), Y2425));
  }

  @Test
  void extrapolatesOnlyWithAnExplicitAssumedRate() {
    // 2024/25 -> 2026/27 at an assumed 2% a year: 100 x 1.02^2 = 104.04.
    InflationRate two = InflationRate.ofPercent("2");
    Cost c = GDP.inflatedTo(Cost.of("100", "2024/25"), FinancialYear.parse("2026/27"), two);
    assertEquals(0, new BigDecimal("104.04").compareTo(c.amount().amount()));
    // 2008/09 -> 2010/11: L(2008/09) = 68.8561 / 1.02^2, so 100 x 1.02^2 = 104.04.
    Cost back = GDP.inflatedTo(Cost.of("100", "2008/09"), FinancialYear.parse("2010/11"), two);
    assertEquals(new BigDecimal("104.04"), back.amount().amount().round(new MathContext(10)).stripTrailingZeros());
    SourcedCost s = GDP.inflatedTo(SourcedCost.userSupplied(Cost.of("100", "2024/25"), "local figure"),
        FinancialYear.parse("2026/27"), two);
    assertEquals("rebased 2024/25 -> 2026/27 with HM Treasury GDP deflator at market prices (hmt-gdp-deflator, "
        + "edition 2026-03): x 1.0404 (104.04 / 100); assumed 2% a year outside 2010/11 to 2024/25",
        s.provenance().adjustments().get(0));
  }

  @Test
  void chainsAnnualChangesIntoLevels() {
    // NHSCII-style series: 2022/23 +7.32%, 2023/24 +2.47% (illustrative values).
    // L(2021/22) = 100; L(2022/23) = 107.32; L(2023/24) = 107.32 x 1.0247 = 109.970804.
    PriceIndexSeries s = PriceIndexSeries.ofAnnualChanges("test-index", "Test index", edition("1"),
        Map.of(FinancialYear.parse("2022/23"), new BigDecimal("7.32"), Y2324, new BigDecimal("2.47")));
    assertEquals(FinancialYear.parse("2021/22"), s.firstYear());
    assertEquals(0, new BigDecimal("107.32").compareTo(s.level(FinancialYear.parse("2022/23"))));
    assertEquals(0, new BigDecimal("109.970804").compareTo(s.level(Y2324)));
    // GBP 200 in 2021/22 prices -> 2023/24: 200 x 1.0732 x 1.0247 = 219.941608
    assertEquals(0, new BigDecimal("219.941608")
        .compareTo(s.inflatedTo(Cost.of("200", "2021/22"), Y2324).amount().amount()));
    assertEquals(IndexForm.ANNUAL_PERCENT_CHANGE, s.form());
    assertEquals(new BigDecimal("7.32"), s.publishedValues().get(FinancialYear.parse("2022/23")));
  }

  @Test
  void refusesGapsAndNonPositiveLevels() {
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> PriceIndexSeries.ofLevels("x", "X", edition("1"),
            Map.of(FinancialYear.parse("2020/21"), BigDecimal.ONE, Y2324, BigDecimal.TEN)));
    assertEquals("Argument 'published' must cover consecutive years: [2020/21, 2023/24]", gap.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> PriceIndexSeries.ofLevels("x", "X", edition("1"), Map.of(Y2324, BigDecimal.ZERO)));
    assertEquals("Argument 'level 2023/24' must be positive: 0", zero.getMessage());
  }

  @Test
  void factorIsTheRatioOfLevels() {
    // factor(2023/24 -> 2024/25) = 100 / 96.1117
    assertEquals(new BigDecimal("100").divide(new BigDecimal("96.1117"), MathContext.DECIMAL128),
        GDP.factor(Y2324, Y2425));
    assertEquals(new BigDecimal("1.040456"), GDP.factor(Y2324, Y2425).setScale(6, RoundingMode.HALF_UP));
  }

  static EditionInfo edition(String edition) {
    return EditionInfo.builder().source("test").sourceName("Test source").edition(edition).citation("Test citation")
        .licence("CC0").retrieved(LocalDate.of(2026, 1, 1)).file("memory").build();
  }
}
