package io.github.commissioningvfm.model.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text form of a provenance, as people read it in JShell. */
class ProvenanceTextTest {

  @Test
  void provenancePrintsItsDescription() {
    Provenance p = Provenance.of("NHS National Cost Collection", "2024/25", "ncc.a", "Schedule, row 1");
    assertEquals(p.describe(), p.toString());
    assertEquals("NHS National Cost Collection 2024/25, ncc.a (Schedule, row 1)", p.toString());
  }
}
