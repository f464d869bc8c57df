package io.github.commissioningvfm.vfm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void aQuantityPrintsItsUnitOnlyIfItHasOne() {
    assertEquals("12.50 WELLBYs", new Figure.Quantity(new BigDecimal("12.5"), "WELLBYs").toString());
    assertEquals("12.50", new Figure.Quantity(new BigDecimal("12.5"), "").toString());
  }

  @Test
  void sharesAndCountsGiveTheirValueAsADouble() {
    assertEquals(OptionalDouble.of(0.25), new Figure.Share(0.25).toDouble());
    assertEquals(OptionalDouble.of(7), new Figure.Count(7).toDouble());
    assertEquals("25.00%", new Figure.Share(0.25).toString());
    assertEquals("1,234,567", new Figure.Count(1_234_567).toString());
  }

  @Test
  void aRatioOverANegativeOrZeroDenominatorSaysWhy() {
    assertEquals(new Figure.Undefined("the investment is negative (-1), so the ratio has no meaning; compare the net "
        + "figures instead"), Figure.ratio(BigDecimal.TEN, BigDecimal.ONE.negate(), "investment"));
    assertEquals(new Figure.Undefined("the investment is zero"), Figure.ratio(BigDecimal.TEN, BigDecimal.ZERO,
        "investment"));
    assertEquals(new Figure.Ratio(new BigDecimal("0.1")), Figure.ratio(BigDecimal.ONE, BigDecimal.TEN, "investment"));
  }

  @Test
  void significantFiguresRoundHalfUpAndKeepTrailingZeros() {
    assertEquals("1.192", Figure.significant(new BigDecimal("1.19150")));
    assertEquals("2.000", Figure.significant(new BigDecimal("2")));
    assertEquals("12,350", Figure.significant(new BigDecimal("12345")));
    assertEquals("-0.0001235", Figure.significant(new BigDecimal("-0.00012345")));
    assertEquals("0", Figure.significant(BigDecimal.ZERO));
  }
}
