package io.github.commissioningvfm.model.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void recordsAdjustmentsInOrderWithoutMutating() {
    Provenance p = Provenance.of("NHS National Cost Collection", "2024/25", "ncc.x", "MHCC A21");
    Provenance q = p.withAdjustment("rebased 2024/25 -> 2022/23").withAdjustment("x 12 contacts");
    assertEquals(List.of(), p.adjustments());
    assertEquals("NHS National Cost Collection 2024/25, ncc.x (MHCC A21); rebased 2024/25 -> 2022/23; x 12 contacts",
        q.describe());
  }

  @Test
  void copiesItsList() {
    List<String> steps = new ArrayList<>(List.of("a"));
    Provenance p = new Provenance("s", "e", "k", "", steps);
    steps.add("b");
    assertEquals(List.of("a"), p.adjustments());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Provenance.of(" ", "e", "k", ""));
    assertEquals("Argument 'source' must not be blank: ' '", e.getMessage());
  }

  @Test
  void sourcedCostCarriesBoth() {
    SourcedCost c = SourcedCost.userSupplied(Cost.of("120000", "2024/25"), "provider accounts 2024/25");
    SourcedCost d = c.adjusted(Cost.of("60000", "2024/25"), "half-year share");
    assertEquals("£60,000.00 (2024/25 prices) [user-supplied n/a, provider accounts 2024/25; half-year share]",
        d.toString());
  }
}
