package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdColumnTest {

  /** The first row of each id by a plain hash map, empty ids and marked rows each their own. */
  private static int[] expectedFirstRows(List<String> ids, boolean[] ownFirst) {
    Map<String, Integer> first = new HashMap<>();
    int[] out = new int[ids.size()];
    for (int r = 0; r < ids.size(); r++) {
      out[r] = r;
      if (!ids.get(r).isEmpty() && (ownFirst == null || !ownFirst[r])) {
        Integer earlier = first.putIfAbsent(ids.get(r), r);
        out[r] = earlier == null ? r : earlier;
      }
    }
    return out;
  }

  @Test
  void idsReadBackAsWrittenWhateverTheirCharacters() {
    String[] ids = {"CYP-0000001", "", "Zoë", "P 7", "患者-3", "\uD83D\uDE00x", "n/a"};
    IdColumn c = IdColumn.of(ids);
    assertEquals(ids.length, c.size());
    assertArrayEquals(ids, c.toArray());
    assertTrue(c.isEmpty(1));
    assertFalse(c.isEmpty(2));
    assertEquals("患者-3", c.get(4));
  }

  @Test
  void aCopyKeepsItsRowsWhenTheColumnGrows() {
    IdColumn c = new IdColumn(1);
    c.add("P1");
    IdColumn copy = c.copy();
    for (int r = 2; r < 200; r++) {
      c.add("P" + r);
    }
    assertEquals(1, copy.size());
    assertEquals("P1", copy.get(0));
    assertEquals("P199", c.get(198));
    assertTrue(copy.sameIds(IdColumn.of(new String[] {"P1"})));
    assertFalse(copy.sameIds(IdColumn.of(new String[] {"P2"})));
    assertFalse(copy.sameIds(IdColumn.of(new String[] {"P1", "P2"})));
    assertFalse(IdColumn.of(new String[] {"AB", ""}).sameIds(IdColumn.of(new String[] {"A", "B"})),
        "the same bytes split differently are different ids");
  }

  @Test
  void givesTheEarliestRowOfEveryIdAsAHashMapWould() {
    qt().forAll(lists().of(integers().between(-3, 40)).ofSizeBetween(0, 300)).checkAssert(codes -> {
      List<String> ids = new ArrayList<>();
      boolean[] ownFirst = new boolean[codes.size()];
      for (int r = 0; r < codes.size(); r++) {
        int c = codes.get(r);
        ids.add(c == -3 ? "" : "CYP-" + Math.abs(c));
        ownFirst[r] = c == -2;
      }
      IdColumn column = IdColumn.of(ids.toArray(String[]::new));
      assertArrayEquals(expectedFirstRows(ids, ownFirst), column.firstRows(ownFirst));
      assertArrayEquals(expectedFirstRows(ids, null), column.firstRows(null));
      assertArrayEquals(column.firstRowsByHashMap(ownFirst), column.firstRowsInTable(ownFirst));
    });
  }

  @Test
  void idsSharingOneHashCodeAreMatchedThroughAHashMap() {
    // "Aa" and "BB" have the same hash code, so every string of 12 such blocks does: 4,096 ids, one hash
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << 12; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 12; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertEquals(1, ids.stream().mapToInt(String::hashCode).distinct().count());
    List<String> twice = new ArrayList<>(ids);
    twice.addAll(ids);
    IdColumn column = IdColumn.of(twice.toArray(String[]::new));
    assertNull(column.firstRowsInTable(null), "the crowded table gives way");
    int[] first = column.firstRows(null);
    assertArrayEquals(expectedFirstRows(twice, null), first);
    assertEquals(5, first[ids.size() + 5]);
  }

  @Test
  void sequentialIdsDoNotCrowdTheTable() {
    IdColumn column = new IdColumn(16);
    for (int r = 0; r < 100_000; r++) {
      column.add(String.format("CYP-%07d", r + 1));
    }
    column.add("CYP-0000007");
    int[] first = column.firstRowsInTable(null);
    assertNotNull(first);
    assertEquals(99_999, first[99_999]);
    assertEquals(6, first[100_000]);
  }

  @Test
  void theTableIsSizedForTheRowsAndRefusesTooMany() {
    assertEquals(2, IdColumn.tableBits(0));
    assertEquals(2, IdColumn.tableBits(1));
    assertEquals(3, IdColumn.tableBits(2), "8 slots for 2 rows: at most half full");
    assertEquals(21, IdColumn.tableBits(1_000_000));
    assertEquals(30, IdColumn.tableBits((1 << 29) - 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdColumn.tableBits(1 << 29));
    assertEquals("too many rows for the duplicate check: 536870912", e.getMessage());
    assertArrayEquals(new int[0], new IdColumn(0).firstRows(null));
  }
}
