package io.github.commissioningvfm.vfm.outcomes.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * The first row on which each participant id appeared, for the duplicate check over every row of
 * a file.
 *
 * <p>An open-addressing table sized once for the number of rows and at most half full: the ids,
 * their hash codes and their first rows in three arrays, probed linearly. Against a
 * {@code HashMap<String, Integer>} it allocates three arrays instead of an entry and a boxed row
 * per id, so a million-row file leaves the collector nothing to copy. The slot of an id is
 * {@code (h ^ (h >>> 16)) & (slots - 1)} with {@code h = id.hashCode()}, the next slot on a
 * collision; the stored hash code is compared before the id, so a probe past another id rarely
 * touches that id. Ids numbered in file order have neighbouring hash codes and land in
 * neighbouring slots, which keeps the table's memory access sequential.
 *
 * <p>Ids whose hash codes crowd into the same slots (many ids with one hash code, say) would make
 * linear probing quadratic. Once the probes exceed {@value #PROBES_PER_SLOT} per slot of the
 * table in total, the index moves what it holds into a {@code HashMap}, whose buckets turn into
 * balanced trees for such ids, and uses that from then on.
 */
final class FirstRowIndex {

  static final int PROBES_PER_SLOT = 4;
  private static final int MAX_BITS = 30;

  private String[] ids;
  private int[] hashes;
  private int[] rows;
  private final int mask;
  private long probeBudget;
  private Map<String, Integer> crowded;

  /**
   * A table for at most {@code capacity} distinct ids.
   *
   * @param capacity the most ids that will be added, not negative
   */
  FirstRowIndex(int capacity) {
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, capacity)));
    if (bits > MAX_BITS) {
      throw new IllegalArgumentException("too many rows for the duplicate check: " + capacity);
    }
    this.ids = new String[1 << bits];
    this.hashes = new int[1 << bits];
    this.rows = new int[1 << bits];
    this.mask = (1 << bits) - 1;
    this.probeBudget = (long) PROBES_PER_SLOT << bits;
  }

  /**
   * The first row recorded for the id; records {@code row} if the id is new.
   *
   * @param id the id, not null
   * @param row this row
   * @return the earlier row of the same id, or {@code row} if there is none
   */
  int firstRow(String id, int row) {
    if (crowded != null) {
      Integer earlier = crowded.putIfAbsent(id, row);
      return earlier == null ? row : earlier;
    }
    int h = id.hashCode();
    int slot = (h ^ (h >>> 16)) & mask;
    while (true) {
      String held = ids[slot];
      if (held == null) {
        ids[slot] = id;
        hashes[slot] = h;
        rows[slot] = row;
        return row;
      }
      if (hashes[slot] == h && held.equals(id)) {
        return rows[slot];
      }
      if (--probeBudget < 0) {
        moveToHashMap();
        return firstRow(id, row);
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the ids crowded the table and the index moved to a hash map. */
  boolean movedToHashMap() {
    return crowded != null;
  }

  private void moveToHashMap() {
    Map<String, Integer> map = new HashMap<>();
    for (int slot = 0; slot < ids.length; slot++) {
      if (ids[slot] != null) {
        map.put(ids[slot], rows[slot]);
      }
    }
    crowded = map;
    ids = null;
    hashes = null;
    rows = null;
  }
}
