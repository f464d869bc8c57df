package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionRowsTest {

  @Test
  void rowsReadBackAsTheExclusionsAdded() {
    ExclusionRows.Builder b = ExclusionRows.builder();
    List<Exclusion> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      StandardRule rule = StandardRule.values()[i % StandardRule.values().length];
      String id = i % 7 == 0 ? "" : "P\u00e9" + i;
      String detail = "sdq_final = '" + (i % 3) + "'";
      b.add(i + 2, id, rule, detail);
      expected.add(Exclusion.of(i + 2, id, rule, detail));
    }
    ExclusionRows rows = b.build();
    assertEquals(expected, rows);
    assertEquals(expected.hashCode(), rows.hashCode());
    assertEquals(expected.get(999), rows.get(999));
    assertEquals("Index 1000 out of bounds for length 1000",
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(1000)).getMessage());
  }

  @Test
  void aReportKeepsTheCompactRowsAndStillChecksTheirCount() {
    ExclusionRows rows = ExclusionRows.builder().add(3, "p1", StandardRule.MALFORMED_ROW, "x").build();
    List<RuleCount> counts = List.of(RuleCount.of(StandardRule.MALFORMED_ROW, 1));
    ExclusionReport report = new ExclusionReport("f.csv", 2, 1, counts, rows);
    assertSame(rows, report.exclusions());
    assertEquals(List.of(new Exclusion(3, "p1", StandardRule.MALFORMED_ROW.id(), "x")),
        report.exclusionsBy(StandardRule.MALFORMED_ROW.id()));
    assertEquals("Argument 'exclusions' must list every excluded row (2): 1", assertThrows(
        IllegalArgumentException.class, () -> new ExclusionReport("f.csv", 3, 1,
            List.of(RuleCount.of(StandardRule.MALFORMED_ROW, 2)), rows)).getMessage());
  }

  @Test
  void theBuilderIsUsedOnce() {
    ExclusionRows.Builder b = ExclusionRows.builder();
    b.build();
    assertEquals("ExclusionRows.Builder cannot be used after build()", assertThrows(
        IllegalStateException.class, () -> b.add(2, "", StandardRule.MALFORMED_ROW, "")).getMessage());
  }
}
