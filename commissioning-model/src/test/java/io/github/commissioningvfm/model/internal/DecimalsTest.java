package io.github.commissioningvfm.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234.56|1234.56", "-0.5|-0.5", "+7|7", "1.2E+3|1.2E+3", ".5|0.5", "5.|5", "1e-200|1E-200", "1e200|1E+200"})
  void acceptsBigDecimalsGrammarWithinTheBounds(String text, String expected) {
    assertEquals(new BigDecimal(expected), Decimals.parse(text, "x"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e201|Argument 'x' has an exponent outside -200..200: '1e201'",
      "1e-99999999999999999999|Argument 'x' has an exponent outside -200..200: '1e-99999999999999999999'",
      "''|Argument 'x' is not a decimal number: ''",
      "-|Argument 'x' is not a decimal number: '-'",
      "1e|Argument 'x' is not a decimal number: '1e'",
      "1,000|Argument 'x' is not a decimal number: '1,000'",
      "' 1'|Argument 'x' is not a decimal number: ' 1'",
      "NaN|Argument 'x' is not a decimal number: 'NaN'",
      "0x10|Argument 'x' is not a decimal number: '0x10'",
      "1..2|Argument 'x' is not a decimal number: '1..2'",
      "١٢|Argument 'x' is not a decimal number: '١٢'"})
  void refusesWhatIsNotADecimalOrOutOfBounds(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decimals.parse(text, "x"));
    assertEquals(message, e.getMessage());
  }

  @Test
  void refusesTooManyDigitsAndCutsTheEcho() {
    String digits = "9".repeat(201);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decimals.parse(digits, "x"));
    assertEquals("Argument 'x' has more than 200 digits: '" + "9".repeat(100) + "...(201 chars)'", e.getMessage());
    String million = "1".repeat(1_000_000);
    e = assertThrows(IllegalArgumentException.class, () -> Decimals.parse(million, "x"));
    assertEquals("Argument 'x' is too long for a decimal number (more than 200 digits): '" + "1".repeat(100)
        + "...(1000000 chars)'", e.getMessage());
    assertEquals(new BigDecimal("9".repeat(200)), Decimals.parse("9".repeat(200), "x"));
  }

  @Test
  void plainFormRefusesExponentsSignsAndBarePoints() {
    assertTrue(Decimals.isPlain("12.50", false));
    assertTrue(Decimals.isPlain("-12.50", true));
    assertFalse(Decimals.isPlain("-12.50", false));
    assertFalse(Decimals.isPlain("1e3", true));
    assertFalse(Decimals.isPlain(".5", true));
    assertFalse(Decimals.isPlain("5.", true));
    assertFalse(Decimals.isPlain("+5", true));
    assertEquals("Argument 'v' must not be negative: '-1'",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parsePlain("-1", "v", false)).getMessage());
  }

  @Test
  void boundedChecksDecimalsBuiltElsewhere() {
    assertEquals(BigDecimal.ONE, Decimals.bounded(BigDecimal.ONE, "v"));
    assertEquals("Argument 'v' is out of range (more than 200 digits or an exponent beyond 200)",
        assertThrows(IllegalArgumentException.class, () -> Decimals.bounded(new BigDecimal("1e-401"), "v"))
            .getMessage());
  }

  @Test
  void doublesEnterThroughTheirShortestDecimalString() {
    assertEquals(Money.of("1.01"), Money.of(1.005, RoundingMode.HALF_UP));
    assertEquals(Money.of("0.30"), Money.of(0.1 + 0.2, RoundingMode.HALF_UP));
  }

  @Test
  void boundsAreInclusive() {
    BigDecimal twoHundredDigits = new BigDecimal("9".repeat(200));
    assertEquals(twoHundredDigits, Decimals.bounded(twoHundredDigits, "v"));
    assertThrows(IllegalArgumentException.class, () -> Decimals.bounded(new BigDecimal("9".repeat(201)), "v"));
    BigDecimal smallest = new BigDecimal("1e-400");
    assertEquals(smallest, Decimals.bounded(smallest, "v"));
    // 216 characters (two digits and a 214-digit exponent of zeros) is the longest text considered.
    String longest = "5E" + "0".repeat(214);
    assertEquals(new BigDecimal("5"), Decimals.parse(longest, "v"));
    assertEquals("Argument 'v' is too long for a decimal number (more than 200 digits): '" + (longest + "0").substring(0, 100)
        + "...(217 chars)'", assertThrows(IllegalArgumentException.class, () -> Decimals.parse(longest + "0", "v"))
        .getMessage());
  }

  @Test
  void anExponentPastTwoHundredIsRefusedWhateverItsLaterDigits() {
    assertEquals(new BigDecimal("1E+200"), Decimals.parse("1E200", "v"));
    assertEquals("Argument 'v' has an exponent outside -200..200: '1E2000'",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1E2000", "v")).getMessage());
  }

  @Test
  void plainFormNamesItsProblem() {
    assertEquals("Argument 'v' is not a plain decimal number: '.5'",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parsePlain(".5", "v", true)).getMessage());
    assertEquals("Argument 'v' is not a plain decimal number: '5.'",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parsePlain("5.", "v", true)).getMessage());
    assertEquals("Argument 'v' is not a plain decimal number: '-'",
        assertThrows(IllegalArgumentException.class, () -> Decimals.parsePlain("-", "v", true)).getMessage());
  }
}
