package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PSA's value types: what they keep, check and print. */
class PsaValuesTest {

  @Test
  void drawsZeroTheUndefinedIterationsAndKeepTheirOwnArrays() {
    double[] values = {1.5, 99, -2};
    boolean[] defined = {true, false, true};
    PsaDraws d = new PsaDraws("hub", "npsv", values, defined);
    values[0] = 7;
    defined[1] = true;
    assertArrayEquals(new double[] {1.5, 0, -2}, d.values());
    assertArrayEquals(new boolean[] {true, false, true}, d.defined());
    assertArrayEquals(new double[] {1.5, -2}, d.definedValues());
    d.values()[0] = 3;
    d.defined()[0] = false;
    assertArrayEquals(new double[] {1.5, 0, -2}, d.values());
    assertArrayEquals(new boolean[] {true, false, true}, d.defined());
    assertEquals("PsaDraws[hub, npsv, 3 iterations, 2 defined]", d.toString());
    PsaDraws same = new PsaDraws("hub", "npsv", new double[] {1.5, 5, -2}, new boolean[] {true, false, true});
    assertEquals(d, same);
    assertEquals(d.hashCode(), same.hashCode());
    assertEquals("hub".hashCode() * 31 + "npsv".hashCode(), d.hashCode());
    assertNotEquals(d, new PsaDraws("hub", "bcr", d.values(), d.defined()));
    assertNotEquals(d, new PsaDraws("cafe", "npsv", d.values(), d.defined()));
    assertNotEquals(d, new PsaDraws("hub", "npsv", new double[] {1.5, 0, -3}, d.defined()));
    assertNotEquals(d, new PsaDraws("hub", "npsv", d.values(), new boolean[] {true, true, true}));
    assertNotEquals(d, "hub");
  }

  @Test
  void drawsRefuseMismatchedFlagsAndNonFiniteDefinedValues() {
    IllegalArgumentException flags = assertThrows(IllegalArgumentException.class,
        () -> new PsaDraws("hub", "npsv", new double[] {1, 2}, new boolean[] {true}));
    assertEquals("Argument 'defined' must have one flag per value (2): 1", flags.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> new PsaDraws("hub", "npsv", new double[] {1, Double.NaN}, new boolean[] {true, true}));
    assertEquals("Argument 'values[1]' must be a finite number: NaN", nan.getMessage());
    PsaDraws undefinedNaN = new PsaDraws("hub", "npsv", new double[] {Double.NaN}, new boolean[] {false});
    assertArrayEquals(new double[] {0}, undefinedNaN.values());
  }

  private static PsaSummary summary(double level, Figure probability, long undefined) {
    return new PsaSummary("hub", "npsv", "NPSV", new Figure.Ratio(new BigDecimal("2")),
        new Figure.Ratio(BigDecimal.ONE), new Figure.Ratio(new BigDecimal("3")), level, "percentile", probability,
        undefined);
  }

  @Test
  void summaryPrintsItsIntervalAndUndefinedIterations() {
    PsaSummary s = summary(95, new Figure.Share(0.9), 0);
    assertEquals("1.000 to 3.000 (95% percentile)", s.interval());
    assertEquals("hub, NPSV: mean 2.000; 1.000 to 3.000 (95% percentile); P(above target) " + new Figure.Share(0.9), s.toString());
    PsaSummary u = summary(97.5, new Figure.Share(0.9), 4);
    assertEquals("hub, NPSV: mean 2.000; 1.000 to 3.000 (97.5% percentile); P(above target) " + new Figure.Share(0.9)
        + "; undefined in 4 iterations", u.toString());
    assertEquals("hub, NPSV: mean 2.000; 1.000 to 3.000 (95% percentile); P(above target) " + new Figure.Share(0.9)
        + "; undefined in 1 iterations", summary(95, new Figure.Share(0.9), 1).toString());
  }

  @Test
  void summaryChecksItsLevelAndProbability() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> summary(0, new Figure.Share(0.5), 0));
    assertEquals("Argument 'levelPercent' must be between 0 and 100 (exclusive): 0.0", zero.getMessage());
    IllegalArgumentException hundred = assertThrows(IllegalArgumentException.class,
        () -> summary(100, new Figure.Share(0.5), 0));
    assertEquals("Argument 'levelPercent' must be between 0 and 100 (exclusive): 100.0", hundred.getMessage());
    IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
        () -> summary(95, new Figure.Ratio(BigDecimal.ONE), 0));
    assertEquals("Argument 'probabilityAboveTarget' must be a proportion: 1.000", ratio.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> summary(95, new Figure.Share(0.5), -1));
    assertEquals("Argument 'undefinedIterations' must not be negative: -1", negative.getMessage());
  }

  @Test
  void inputValuesNameWhatIsMissingOrNotFinite() {
    InputValues in = new InputValues(Map.of("cost", 10.0, "volume", 2.5));
    assertEquals(2.5, in.get("volume"), 0.0);
    assertEquals(new BigDecimal("2.5"), in.decimal("volume"));
    InputValues more = in.with("price", 4);
    assertEquals(4, more.get("price"), 0.0);
    assertEquals(10, more.get("cost"), 0.0);
    assertEquals(Map.of("cost", 10.0, "volume", 2.5), in.values());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> in.get("price"));
    assertEquals("No input 'price'; inputs are [cost, volume]", missing.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> in.with("price", Double.POSITIVE_INFINITY));
    assertEquals("Input 'price' must be a finite number: Infinity", inf.getMessage());
    Map<String, Double> source = new LinkedHashMap<>(Map.of("cost", 1.0));
    InputValues copied = new InputValues(source);
    source.put("cost", 2.0);
    assertEquals(1, copied.get("cost"), 0.0);
  }

  @Test
  void acceptabilityPointCopiesAndChecks() {
    Map<String, Double> best = new LinkedHashMap<>(Map.of("hub", 0.7));
    AcceptabilityPoint p = new AcceptabilityPoint(20_000, best, Map.of("hub", 5.0), 1.5);
    best.put("cafe", 0.3);
    assertEquals(Map.of("hub", 0.7), p.probabilityBest());
    IllegalArgumentException evpi = assertThrows(IllegalArgumentException.class,
        () -> new AcceptabilityPoint(20_000, Map.of(), Map.of(), -0.5));
    assertEquals("Argument 'evpi' must not be negative: -0.5", evpi.getMessage());
  }
}
