package io.github.commissioningvfm.model.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RatesTest {

  @Test
  void percentageHoldsTheFraction() {
    Percentage p = Percentage.parse("3.5%");
    assertEquals(new BigDecimal("0.035"), p.fraction());
    assertEquals(new BigDecimal("3.5"), p.percent());
    assertEquals("3.5%", p.toString());
    assertEquals(p, Percentage.ofPercent("3.50"));
    assertEquals("-0.4%", Percentage.ofPercent("-0.4").toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.parse("3.5"));
    assertEquals("Argument 'text' is not a percentage: '3.5'; expected e.g. '3.5%'", e.getMessage());
  }

  @Test
  void proportionStaysWithinZeroAndOne() {
    assertEquals("25%", Proportion.of("0.25").toString());
    assertEquals(Proportion.of("0.75"), Proportion.parse("25%").complement());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Proportion.of("1.2"));
    assertEquals("Argument 'fraction' must be between 0 and 1: 1.2", e.getMessage());
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> Proportion.of(-0.1));
    assertEquals("Argument 'fraction' must be between 0 and 1: -0.1", neg.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Proportion.of(Double.NaN));
    assertEquals("Argument 'fraction' must be a finite number: NaN", nan.getMessage());
  }

  @Test
  void discountFactorIsOneOverOnePlusRToTheT() {
    DiscountRate r = DiscountRate.parse("3.5%");
    assertEquals(BigDecimal.ONE, r.discountFactor(0));
    // 1 / 1.035^2 = 1 / 1.071225
    assertEquals(0, BigDecimal.ONE.divide(new BigDecimal("1.071225"), MathContext.DECIMAL128)
        .compareTo(r.discountFactor(2)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.discountFactor(-1));
    assertEquals("Argument 'year' must not be negative: -1", e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> DiscountRate.ofPercent("-100"));
    assertEquals("Argument 'fraction' must be greater than -1: -1", bad.getMessage());
  }

  @Test
  void inflationGrowthFactor() {
    InflationRate i = InflationRate.parse("2.47%");
    assertEquals(new BigDecimal("1.0247"), i.growthFactor(1));
    assertEquals(new BigDecimal("1.05001009"), i.growthFactor(2));
    assertEquals("2.47%", i.toString());
  }

  @Test
  void ratioIsPartOverWholeToFourPlacesHalfUp() {
    // 1 / 3 = 0.33333 -> 0.3333; 2 / 3 = 0.66667 -> 0.6667.
    assertEquals(Proportion.of("0.3333"), Proportion.ratio(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(3)));
    assertEquals(Proportion.of("0.6667"), Proportion.ratio(java.math.BigDecimal.valueOf(2),
        java.math.BigDecimal.valueOf(3)));
    assertEquals("Argument 'part' must not exceed the whole (1): 2", assertThrows(IllegalArgumentException.class,
        () -> Proportion.ratio(java.math.BigDecimal.valueOf(2), java.math.BigDecimal.ONE)).getMessage());
  }
}
