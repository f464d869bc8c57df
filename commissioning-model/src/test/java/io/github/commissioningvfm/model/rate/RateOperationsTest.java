package io.github.commissioningvfm.model.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversions, ordering and the text bounds of the four rate types. */
class RateOperationsTest {

  /** 224 characters: the longest text whose surrounding white space is stripped before parsing. */
  private static final int STRIPPED_LIMIT = 224;

  private static String padded(String core, int length) {
    int left = (length - core.length()) / 2;
    return " ".repeat(left) + core + " ".repeat(length - core.length() - left);
  }

  @Test
  void percentageConversions() {
    assertEquals(new BigDecimal("0.035"), Percentage.ofPercent(new BigDecimal("3.5")).fraction());
    assertEquals(Percentage.parse("3.5%"), Percentage.ofFraction(0.035));
    assertEquals(0.035, Percentage.parse("3.5%").toDouble());
    // 3.5% of 280.17 = 9.80595
    assertEquals(new BigDecimal("9.80595"), Percentage.parse("3.5%").of(new BigDecimal("280.17")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.ofFraction(Double.NaN));
    assertEquals("Argument 'fraction' must be a finite number: NaN", e.getMessage());
  }

  @Test
  void ratesConvertToPercentages() {
    assertEquals(Percentage.parse("3.5%"), DiscountRate.parse("3.5%").toPercentage());
    assertEquals(Percentage.parse("2.47%"), InflationRate.parse("2.47%").toPercentage());
    assertEquals(0.035, DiscountRate.ofPercent("3.5").toDouble());
    assertEquals("3.5%", DiscountRate.ofPercent("3.50").toString());
    assertEquals(0.25, Proportion.of(0.25).toDouble());
    assertEquals(new BigDecimal("0.25"), Proportion.of(0.25).fraction());
    assertEquals(Proportion.of("0.035"), Proportion.ofPercent("3.5"));
  }

  @Test
  void eachRateOrdersByItsFraction() {
    List<Percentage> percentages = new ArrayList<>(List.of(Percentage.parse("2%"), Percentage.parse("-1%"),
        Percentage.parse("1.5%")));
    Collections.sort(percentages);
    assertEquals(List.of(Percentage.parse("-1%"), Percentage.parse("1.5%"), Percentage.parse("2%")), percentages);
    assertTrue(DiscountRate.parse("3.5%").compareTo(DiscountRate.parse("1.5%")) > 0);
    assertTrue(DiscountRate.parse("1.5%").compareTo(DiscountRate.parse("3.5%")) < 0);
    assertTrue(InflationRate.parse("3%").compareTo(InflationRate.parse("2%")) > 0);
    assertTrue(InflationRate.parse("2%").compareTo(InflationRate.parse("3%")) < 0);
    assertTrue(Proportion.of("0.5").compareTo(Proportion.of("0.25")) > 0);
    assertTrue(Proportion.of("0.25").compareTo(Proportion.of("0.5")) < 0);
    assertTrue(Percentage.parse("1%").compareTo(Percentage.parse("2%")) < 0);
    assertEquals(0, Proportion.of("0.50").compareTo(Proportion.of("0.5")));
  }

  @Test
  void inflationRefusesMinusOneHundredPercent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InflationRate.ofPercent("-100"));
    assertEquals("Argument 'fraction' must be greater than -1: -1", e.getMessage());
    assertEquals(new BigDecimal("-0.999"), InflationRate.ofPercent("-99.9").fraction());
    assertEquals(BigDecimal.ONE, InflationRate.parse("5%").growthFactor(0));
  }

  @Test
  void aPartEqualToTheWholeIsAll() {
    assertEquals(Proportion.ALL, Proportion.ratio(BigDecimal.valueOf(3), BigDecimal.valueOf(3)));
    assertEquals(Proportion.NONE, Proportion.ratio(BigDecimal.ZERO, BigDecimal.valueOf(3)));
  }

  @Test
  void whiteSpaceIsStrippedUpToTheLimit() {
    String decimal = padded("12.5", STRIPPED_LIMIT);
    assertEquals(new BigDecimal("0.125"), Percentage.ofPercent(decimal).fraction());
    String percent = padded("3.5%", STRIPPED_LIMIT);
    assertEquals(Percentage.parse("3.5%"), Percentage.parse(percent));
  }

  @Test
  void longerTextIsRefusedUnstripped() {
    String decimal = padded("12.5", STRIPPED_LIMIT + 6);
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> Percentage.ofPercent(decimal));
    assertEquals("Argument 'percent' is too long for a decimal number (more than 200 digits): '"
        + decimal.substring(0, 100) + "...(230 chars)'", d.getMessage());
    String percent = padded("3.5%", STRIPPED_LIMIT + 6);
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Percentage.parse(percent));
    assertEquals("Argument 'text' is not a percentage: '" + percent.substring(0, 100)
        + "...(230 chars)'; expected e.g. '3.5%'", p.getMessage());
  }

  @Test
  void aPercentageTextMayHave216Characters() {
    // "5E" then 213 zeros in the exponent then "%": 216 characters, the longest accepted.
    String longest = "5E" + "0".repeat(213) + "%";
    assertEquals(216, longest.length());
    assertEquals(Percentage.parse("5%"), Percentage.parse(longest));
    String tooLong = "5E" + "0".repeat(214) + "%";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.parse(tooLong));
    assertEquals("Argument 'text' is not a percentage: '" + tooLong.substring(0, 100)
        + "...(217 chars)'; expected e.g. '3.5%'", e.getMessage());
  }
}
