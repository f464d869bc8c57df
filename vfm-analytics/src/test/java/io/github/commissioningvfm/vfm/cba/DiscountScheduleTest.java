package io.github.commissioningvfm.vfm.cba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.rate.DiscountRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Green Book discounting. Rates: HM Treasury, The Green Book, Annex A6; reproduced in DfT TAG
 * "Forthcoming change: Green Book updates" (gov.uk, updated 16 April 2026), table "Green Book discount
 * rates": standard 3.5% (0-30), 3.0% (31-75), 2.5% (76-125), 2.0% (126-200), 1.5% (201-300),
 * 1.0% (301+); health 1.5%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43%. Also Green Book 2003 section 2.8.4 and
 * Annex 6 Table 6.1 (ppponline.affinitext.com copy). The discount factor is 1/(1+r)^t, compounded
 * band by band beyond year 30.
 */
class DiscountScheduleTest {

  private static String fourPlaces(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** Equal to 30 significant digits (both sides round at 34 digits along different paths). */
  private static void assertClose(BigDecimal expected, BigDecimal actual) {
    assertEquals(expected.round(new MathContext(30)), actual.round(new MathContext(30)));
  }

  @Test
  void greenBookStandardFactorsAtFourPlaces() {
    DiscountSchedule gb = DiscountSchedule.greenBookStandard();
    // 1/1.035 = 0.96618...; 1/1.035^2 = 0.93351...; 1/1.035^5 = 0.84197...; 1/1.035^10 = 0.70892...;
    // 1/1.035^30 = 0.35628...
    assertEquals("1.0000", fourPlaces(gb.factor(0)));
    assertEquals("0.9662", fourPlaces(gb.factor(1)));
    assertEquals("0.9335", fourPlaces(gb.factor(2)));
    assertEquals("0.8420", fourPlaces(gb.factor(5)));
    assertEquals("0.7089", fourPlaces(gb.factor(10)));
    assertEquals("0.3563", fourPlaces(gb.factor(30)));
  }

  /**
   * HM Treasury, "Discounting: Green Book supplementary guidance" (February 2026), Annex A, Table A.1
   * (social time preference rate 3.5%) and Table A.2 (health rate 1.5%), years 0-30 at four decimal
   * places. Values as transcribed in two independent third-party test suites (the healthiar R package
   * and the workHORSE model); not checked against the PDF itself.
   */
  @Test
  void greenBookAnnexATablesA1AndA2() {
    String[] a1 = {"1.0000", "0.9662", "0.9335", "0.9019", "0.8714", "0.8420", "0.8135", "0.7860", "0.7594",
        "0.7337", "0.7089", "0.6849", "0.6618", "0.6394", "0.6178", "0.5969", "0.5767", "0.5572", "0.5384",
        "0.5202", "0.5026", "0.4856", "0.4692", "0.4533", "0.4380", "0.4231", "0.4088", "0.3950", "0.3817",
        "0.3687", "0.3563"};
    String[] a2 = {"1.0000", "0.9852", "0.9707", "0.9563", "0.9422", "0.9283", "0.9145", "0.9010", "0.8877",
        "0.8746", "0.8617", "0.8489", "0.8364", "0.8240", "0.8118", "0.7999", "0.7880", "0.7764", "0.7649",
        "0.7536", "0.7425", "0.7315", "0.7207", "0.7100", "0.6995", "0.6892", "0.6790", "0.6690", "0.6591",
        "0.6494", "0.6398"};
    List<BigDecimal> standard = DiscountSchedule.greenBookStandard().factors(31);
    List<BigDecimal> health = DiscountSchedule.greenBookHealth().factors(31);
    for (int t = 0; t <= 30; t++) {
      assertEquals(a1[t], fourPlaces(standard.get(t)), "Table A.1, year " + t);
      assertEquals(a2[t], fourPlaces(health.get(t)), "Table A.2, year " + t);
    }
  }

  @Test
  void factorFollowsTheFormulaExactly() {
    DiscountSchedule gb = DiscountSchedule.greenBookStandard();
    BigDecimal growth = new BigDecimal("1.035").pow(30);
    assertEquals(0, BigDecimal.ONE.divide(growth, MathContext.DECIMAL128).compareTo(gb.factor(30)));
    // year 31 is discounted at 3.0%: D(31) = D(30) / 1.03
    BigDecimal d31 = BigDecimal.ONE.divide(growth.multiply(new BigDecimal("1.03")), MathContext.DECIMAL128);
    assertClose(d31, gb.factor(31));
    // year 76: D(76) = 1 / (1.035^30 x 1.03^45 x 1.025)
    BigDecimal d76 = BigDecimal.ONE.divide(growth.multiply(new BigDecimal("1.03").pow(45))
        .multiply(new BigDecimal("1.025")), MathContext.DECIMAL128);
    assertClose(d76, gb.factor(76));
  }

  @Test
  void bandRates() {
    DiscountSchedule gb = DiscountSchedule.greenBookStandard();
    assertEquals(DiscountRate.ofPercent("3.5"), gb.rateFor(30));
    assertEquals(DiscountRate.ofPercent("3.0"), gb.rateFor(31));
    assertEquals(DiscountRate.ofPercent("2.5"), gb.rateFor(76));
    assertEquals(DiscountRate.ofPercent("1.0"), gb.rateFor(400));
    DiscountSchedule health = DiscountSchedule.greenBookHealth();
    assertEquals(DiscountRate.ofPercent("1.5"), health.rateFor(0));
    assertEquals(DiscountRate.ofPercent("1.29"), health.rateFor(31));
    // 1/1.015 = 0.98522
    assertEquals("0.9852", fourPlaces(health.factor(1)));
  }

  @Test
  void firstBandMustStartAtZero() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DiscountSchedule("x", "y", List.of(new DiscountSchedule.Band(1, DiscountRate.ofPercent("3")))));
    assertEquals("Discount schedule 'x': the first band must start at year 0, not 1", e.getMessage());
  }

  @Test
  void undiscountedFactorsAreOne() {
    assertEquals(0, BigDecimal.ONE.compareTo(DiscountSchedule.none().factor(9)));
  }

  @Test
  void bandsMustStartStrictlyLaterThanThePreviousOne() {
    DiscountSchedule.Band first = new DiscountSchedule.Band(0, DiscountRate.ofPercent("3"));
    DiscountSchedule.Band tenAtTwo = new DiscountSchedule.Band(10, DiscountRate.ofPercent("2"));
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> new DiscountSchedule("x", "y",
        List.of(first, tenAtTwo, new DiscountSchedule.Band(10, DiscountRate.ofPercent("1")))));
    assertEquals("Discount schedule 'x': band 2 starts at year 10, not after the previous band's start 10",
        same.getMessage());
    IllegalArgumentException earlier = assertThrows(IllegalArgumentException.class, () -> new DiscountSchedule("x",
        "y", List.of(first, tenAtTwo, new DiscountSchedule.Band(9, DiscountRate.ofPercent("1")))));
    assertEquals("Discount schedule 'x': band 2 starts at year 9, not after the previous band's start 10",
        earlier.getMessage());
    // one year after the previous start is accepted: year 11 is the first year at 1%
    DiscountSchedule next = new DiscountSchedule("x", "y",
        List.of(first, tenAtTwo, new DiscountSchedule.Band(11, DiscountRate.ofPercent("1"))));
    assertEquals(DiscountRate.ofPercent("2"), next.rateFor(10));
    assertEquals(DiscountRate.ofPercent("1"), next.rateFor(11));
  }

  @Test
  void describesEveryBandAndTheSource() {
    assertEquals("Green Book standard (3.5% declining) [3.5% from year 0, 3% from year 31, 2.5% from year 76, "
        + "2% from year 126, 1.5% from year 201, 1% from year 301]; HM Treasury, The Green Book (2022, updated "
        + "2026), Annex A6 discount rates", DiscountSchedule.greenBookStandard().describe());
    assertEquals("undiscounted [0% from year 0]; no discounting", DiscountSchedule.none().describe());
  }

  @Test
  void presentValueOfYearlyAmountsByHand() {
    // at 10%: 100 + 110 / 1.1 + 121 / 1.21 = 100 + 100 + 100 = 300
    DiscountSchedule tenPercent = DiscountSchedule.constant(DiscountRate.ofPercent("10"));
    assertEquals(0, new BigDecimal("300").compareTo(tenPercent.presentValue(
        io.github.commissioningvfm.vfm.appraisal.Fixtures.yearly("100", "110", "121")).amount().amount()
        .setScale(10, RoundingMode.HALF_UP)));
  }

  @Test
  void tooFewFactorsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscountSchedule.presentValue(
        io.github.commissioningvfm.vfm.appraisal.Fixtures.yearly("1", "2", "3"), List.of(BigDecimal.ONE, BigDecimal.ONE)));
    assertEquals("Argument 'factors' must cover every year of the amounts (3): 2", e.getMessage());
  }
}
