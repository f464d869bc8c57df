package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A cohort PSA refuses counts beyond the engine's documented bounds before allocating anything. */
class CohortPsaBoundsTest {

  @Test
  void aHugeIterationCountIsRefusedBeforeAnyArrayIsAllocated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CohortPsa.run(new HivPsaModel(), Integer.MAX_VALUE, 1, 1));
    assertEquals("Argument 'iterations' must be between 1 and 10000000: 2147483647", e.getMessage());
  }

  @Test
  void threadsAreBoundedToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CohortPsa.run(new HivPsaModel(), 10, 1, 5_000));
    assertEquals("Argument 'threads' must be between 1 and 1024: 5000", e.getMessage());
  }
}
