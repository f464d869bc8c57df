package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PsaSettingsBoundsTest {

  @Test
  void hugeIterationCountIsRefusedNamingTheBoundBeforeAnyArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).iterations(Integer.MAX_VALUE).build());
    assertEquals("Argument 'iterations' must be between 1 and 10000000: 2147483647", e.getMessage());
    assertEquals(PsaSettings.MAX_ITERATIONS,
        PsaSettings.builder().seed(1).iterations(PsaSettings.MAX_ITERATIONS).threads(1).build().iterations());
  }

  @Test
  void hugeOrNonPositiveThreadCountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).threads(1025).build());
    assertEquals("Argument 'threads' must be between 1 and 1024: 1025", e.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().seed(1).threads(0).build());
    assertEquals("Argument 'threads' must be between 1 and 1024: 0", zero.getMessage());
  }
}
