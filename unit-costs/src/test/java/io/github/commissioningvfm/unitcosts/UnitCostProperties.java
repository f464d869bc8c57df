package io.github.commissioningvfm.unitcosts;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Properties of rebasing and of combined look-ups. */
class UnitCostProperties {

  private static final PriceIndexSeries GDP = UnitCosts.standard().gdpDeflator();
  private static final int FIRST = GDP.firstYear().startYear();
  private static final int LAST = GDP.lastYear().startYear();

  @Test
  void rebasingThereAndBackReturnsTheOriginalWithinAPenny() {
    qt().forAll(longs().between(0, 100_000_000L), integers().between(FIRST, LAST), integers().between(FIRST, LAST))
        .checkAssert((pennies, a, b) -> {
          Cost original = new Cost(BigMoney.of(BigDecimal.valueOf(pennies, 2)), FinancialYear.ofStartYear(a));
          Cost back = GDP.inflatedTo(GDP.inflatedTo(original, FinancialYear.ofStartYear(b)), original.priceBase());
          BigDecimal gap = back.amount().amount().subtract(original.amount().amount()).abs();
          if (gap.compareTo(new BigDecimal("0.01")) > 0 || !back.priceBase().equals(original.priceBase())) {
            throw new AssertionError(original + " -> " + b + " -> back gave " + back);
          }
        });
  }

  @Test
  void rebasingIsMonotoneInTheIndex() {
    // A higher level in the target year never gives a lower rebased cost, and vice versa for the
    // level of the cost's own year.
    qt().forAll(integers().between(1, 1_000_000), integers().between(1, 1_000_000), integers().between(1, 1_000_000),
        longs().between(1, 10_000_000L))
        .checkAssert((base, lower, higherExtra, pennies) -> {
          FinancialYear y0 = FinancialYear.parse("2020/21");
          FinancialYear y1 = y0.next();
          BigDecimal baseLevel = BigDecimal.valueOf(base, 2);
          BigDecimal low = BigDecimal.valueOf(lower, 2);
          BigDecimal high = low.add(BigDecimal.valueOf(higherExtra, 2));
          PriceIndexSeries a = PriceIndexSeries.ofLevels("a", "A", PriceIndexSeriesTest.edition("1"),
              new TreeMap<>(Map.of(y0, baseLevel, y1, low)));
          PriceIndexSeries b = PriceIndexSeries.ofLevels("b", "B", PriceIndexSeriesTest.edition("1"),
              new TreeMap<>(Map.of(y0, baseLevel, y1, high)));
          Cost c = new Cost(BigMoney.of(BigDecimal.valueOf(pennies, 2)), y0);
          if (a.inflatedTo(c, y1).compareTo(b.inflatedTo(c, y1)) > 0) {
            throw new AssertionError("not monotone for levels " + low + " < " + high);
          }
          Cost later = new Cost(c.amount(), y1);
          if (a.inflatedTo(later, y0).compareTo(b.inflatedTo(later, y0)) < 0) {
            throw new AssertionError("not antitone in the base level for " + low + " < " + high);
          }
        });
  }

  @Test
  void combinedWithPrefersTheFirstSource() {
    UnitCostTable national = UnitCosts.standard().latest("ncc");
    List<String> keys = List.copyOf(national.keys());
    qt().forAll(integers().between(0, keys.size() - 1), longs().between(0, 100_000_000L))
        .checkAssert((i, pennies) -> {
          String key = keys.get(i);
          Cost local = new Cost(BigMoney.of(BigDecimal.valueOf(pennies, 2)), FinancialYear.parse("2024/25"));
          UnitCostTable table = UnitCostTable.of(PriceIndexSeriesTest.edition("local"), List.of(UnitCost.builder()
              .key(key).description("local").unit(CostUnit.PER_CONTACT).value(local).sourceLocation("local")
              .source("Test source", "local").build()), Map.of());
          UnitCostLookup combined = table.combinedWith(national);
          if (!combined.get(key).value().equals(local) || !combined.get(key).provenance().source().equals("Test source")) {
            throw new AssertionError("first source did not win for " + key);
          }
          for (String other : keys) {
            if (!other.equals(key) && !combined.get(other).equals(national.get(other))) {
              throw new AssertionError("fallback changed for " + other);
            }
          }
          UnitCostLookup reversed = national.combinedWith(table);
          if (!reversed.get(key).equals(national.get(key))) {
            throw new AssertionError("first source did not win in reverse for " + key);
          }
        });
  }
}
