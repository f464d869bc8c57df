package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Uncertain inputs and PSA settings: what they accept, refuse and keep. */
class PsaInputsTest {

  @Test
  void inputsMustBeInOrderWithEqualEndsAllowed() {
    UncertainInput flat = UncertainInput.of("cost", 5, 5, 5);
    assertEquals(Optional.empty(), flat.distribution());
    assertEquals(5, flat.low(), 0.0);
    Distribution d = new Distribution.Uniform(1, 9);
    assertEquals(Optional.of(d), UncertainInput.of("cost", 5, 1, 9, d).distribution());
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
        () -> UncertainInput.of("cost", 5, 6, 9));
    assertEquals("Input 'cost': low, base and high must be in order, got low 6.0, base 5.0, high 9.0",
        low.getMessage());
    IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
        () -> UncertainInput.of("cost", 5, 1, 4));
    assertEquals("Input 'cost': low, base and high must be in order, got low 1.0, base 5.0, high 4.0",
        high.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> UncertainInput.of("cost", 5, Double.NaN, 9));
    assertEquals("Argument 'low' must be a finite number: NaN", nan.getMessage());
  }

  @Test
  void settingsDefaultsAndChecks() {
    PsaSettings s = PsaSettings.builder().seed(3).build();
    assertEquals(10_000, s.iterations());
    assertEquals(95, s.intervalPercent(), 0.0);
    assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 3.0), s.thresholds());
    assertEquals(Runtime.getRuntime().availableProcessors(), s.threads());
    List<Double> thresholds = new ArrayList<>(List.of(1.0, 2.0));
    PsaSettings t = PsaSettings.builder().seed(3).iterations(1).threads(1).intervalPercent(90)
        .thresholds(thresholds).build();
    thresholds.add(3.0);
    assertEquals(new PsaSettings(1, 3, 1, 90, List.of(1.0, 2.0)), t);
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).intervalPercent(0).build());
    assertEquals("Argument 'intervalPercent' must be between 0 and 100 (exclusive): 0.0", zero.getMessage());
    IllegalArgumentException hundred = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).intervalPercent(100).build());
    assertEquals("Argument 'intervalPercent' must be between 0 and 100 (exclusive): 100.0", hundred.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).thresholds(List.of()).build());
    assertEquals("Argument 'thresholds' must not be empty", none.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).thresholds(List.of(1.0, Double.POSITIVE_INFINITY)).build());
    assertEquals("Argument 'thresholds' must be a finite number: Infinity", inf.getMessage());
    IllegalArgumentException iterations = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).iterations(0).build());
    assertEquals("Argument 'iterations' must be between 1 and 10000000: 0", iterations.getMessage());
  }
}
