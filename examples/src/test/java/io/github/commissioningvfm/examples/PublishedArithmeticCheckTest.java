package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublishedArithmeticCheckTest {

  @Test
  void dividingThePublishedInputsGivesGbp238Point33NotThePrinted283Point3() {
    // Sever 2025 (domain.md section 6): meaningful change 2.86 SDQ points (Wolpert et al. 2014),
    // weighted VfM 0.012 points per GBP, printed "GBP 283.3 per meaningful gain".
    // 2.86 / 0.012 = 238.333... -> GBP 238.33 to the penny.
    BigDecimal expected = new BigDecimal("2.86").divide(new BigDecimal("0.012"), MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP);
    assertEquals(Money.of("238.33"), Money.of(expected));
    assertEquals(Money.of(expected), PublishedArithmeticCheck.derivedCostPerMeaningfulGain());
    assertEquals(Money.of("283.30"), PublishedArithmeticCheck.PUBLISHED_COST_PER_MEANINGFUL_GAIN);
  }

  @Test
  void printsTheCheckAndThePriceBaseRefusal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PublishedArithmeticCheck.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("2.86 / 0.012"), printed);
    assertTrue(printed.contains("is refused"), printed);
  }
}
