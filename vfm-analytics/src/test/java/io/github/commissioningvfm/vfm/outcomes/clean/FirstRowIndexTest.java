package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class FirstRowIndexTest {

  /** The first row of each id by a plain hash map, as the cleaner found it before the index. */
  private static int[] expectedFirstRows(List<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    int[] out = new int[ids.size()];
    for (int r = 0; r < ids.size(); r++) {
      Integer earlier = first.putIfAbsent(ids.get(r), r);
      out[r] = earlier == null ? r : earlier;
    }
    return out;
  }

  private static int[] firstRows(FirstRowIndex index, List<String> ids) {
    int[] out = new int[ids.size()];
    for (int r = 0; r < ids.size(); r++) {
      out[r] = index.firstRow(ids.get(r), r);
    }
    return out;
  }

  @Test
  void givesTheEarliestRowOfEveryIdAsAHashMapWould() {
    qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 300)).checkAssert(codes -> {
      List<String> ids = new ArrayList<>();
      codes.forEach(c -> ids.add("CYP-" + c));
      FirstRowIndex index = new FirstRowIndex(ids.size());
      assertArrayEquals(expectedFirstRows(ids), firstRows(index, ids));
      assertFalse(index.movedToHashMap());
    });
  }

  @Test
  void aRepeatedIdReturnsItsFirstRowEveryTime() {
    FirstRowIndex index = new FirstRowIndex(4);
    assertEquals(0, index.firstRow("P1", 0));
    assertEquals(1, index.firstRow("P2", 1));
    assertEquals(0, index.firstRow("P1", 2));
    assertEquals(0, index.firstRow(new String("P1"), 3), "compared by value, not identity");
    assertEquals(1, index.firstRow("P2", 4));
  }

  @Test
  void idsSharingOneHashCodeMoveTheIndexToAHashMapAndStayCorrect() {
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
    FirstRowIndex index = new FirstRowIndex(twice.size());
    int[] rows = firstRows(index, twice);
    assertTrue(index.movedToHashMap());
    assertArrayEquals(expectedFirstRows(twice), rows);
    assertEquals(5, rows[ids.size() + 5]);
  }

  @Test
  void sequentialIdsDoNotCrowdTheTable() {
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < 100_000; r++) {
      ids.add(String.format("CYP-%07d", r + 1));
    }
    FirstRowIndex index = new FirstRowIndex(ids.size());
    int[] rows = firstRows(index, ids);
    assertFalse(index.movedToHashMap());
    assertEquals(99_999, rows[99_999]);
  }

  @Test
  void anEmptyFileAndTooManyRowsAreHandled() {
    FirstRowIndex empty = new FirstRowIndex(0);
    assertEquals(0, empty.firstRow("P1", 0), "a table for no rows still has room");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FirstRowIndex(1 << 29));
    assertEquals("too many rows for the duplicate check: 536870912", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new FirstRowIndex(Integer.MAX_VALUE));
  }
}
