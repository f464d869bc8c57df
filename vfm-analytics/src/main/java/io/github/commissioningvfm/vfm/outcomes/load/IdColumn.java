package io.github.commissioningvfm.vfm.outcomes.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The participant ids of a file as one column of UTF-8 bytes: row {@code r}'s id is
 * {@code pool[end(r - 1) .. end(r))}, with {@code end(-1) = 0}. A million ids take their bytes and
 * one {@code int} each, where a {@code String} per id costs about 56 bytes for an 11-character id
 * and gives the collector a million objects to copy while the file is read. An id becomes a
 * {@code String} only when asked for.
 *
 * <p>Rows are appended in order; a column is not changed once {@link #copy() copied} or handed to
 * a {@link ParticipantData}.
 */
final class IdColumn {

  /** Probes allowed per slot of the duplicate table before it gives way to a hash map. */
  static final int PROBES_PER_SLOT = 4;
  private static final int MAX_TABLE_BITS = 30;

  private byte[] pool;
  private int[] ends;
  private int size;

  IdColumn(int rows) {
    this.pool = new byte[Math.max(16, rows * 8)];
    this.ends = new int[Math.max(1, rows)];
  }

  private IdColumn(byte[] pool, int[] ends, int size) {
    this.pool = pool;
    this.ends = ends;
    this.size = size;
  }

  /**
   * A column holding the ids in order.
   *
   * @param ids the ids, none null
   * @return the column
   */
  static IdColumn of(String[] ids) {
    IdColumn c = new IdColumn(ids.length);
    for (String id : ids) {
      c.add(id);
    }
    return c;
  }

  /**
   * Appends the next row's id.
   *
   * @param id the id, not null (empty for a blank or malformed row)
   */
  void add(String id) {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    int from = start(size);
    int n = id.length();
    if (from + 4 * n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + 4 * n));
    }
    int at = from;
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      if (ch >= 0x80) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, pool, from, utf8.length);
        at = from + utf8.length;
        break;
      }
      pool[at++] = (byte) ch;
    }
    ends[size++] = at;
  }

  int size() {
    return size;
  }

  private int start(int row) {
    return row == 0 ? 0 : ends[row - 1];
  }

  /**
   * The id of a row.
   *
   * @param row the row, below {@link #size()}
   * @return the id
   */
  String get(int row) {
    int from = start(row);
    return new String(pool, from, ends[row] - from, StandardCharsets.UTF_8);
  }

  /**
   * Whether a row's id is empty, without making its text.
   *
   * @param row the row
   * @return true if the id is empty
   */
  boolean isEmpty(int row) {
    return ends[row] == start(row);
  }

  /**
   * A copy holding exactly the rows so far, which later appends to this column do not touch.
   *
   * @return the copy
   */
  IdColumn copy() {
    return new IdColumn(Arrays.copyOf(pool, start(size)), Arrays.copyOf(ends, size), size);
  }

  /**
   * The ids as text.
   *
   * @return one id per row
   */
  String[] toArray() {
    String[] out = new String[size];
    for (int r = 0; r < size; r++) {
      out[r] = get(r);
    }
    return out;
  }

  /**
   * Whether both columns hold the same ids in the same rows.
   *
   * @param other the other column
   * @return true if equal row by row
   */
  boolean sameIds(IdColumn other) {
    return size == other.size && Arrays.equals(ends, 0, size, other.ends, 0, size)
        && Arrays.equals(pool, 0, start(size), other.pool, 0, other.start(size));
  }

  /** {@code h = 31 h + b} over the id's bytes: for an ASCII id, its {@code String.hashCode()}. */
  private int hash(int row) {
    int h = 0;
    for (int i = start(row); i < ends[row]; i++) {
      h = 31 * h + (pool[i] & 0xff);
    }
    return h;
  }

  private boolean sameId(int a, int b) {
    return Arrays.equals(pool, start(a), ends[a], pool, start(b), ends[b]);
  }

  /**
   * The first row of each row's id: for every row, the earliest row with the same id, or the row
   * itself where its id first appears. A row that {@code ownFirst} marks, or whose id is empty, is
   * its own first row and is not matched by later rows.
   *
   * <p>An open-addressing table sized once, at most half full, holds each id's first row and hash;
   * the slot of an id is {@code (h ^ (h >>> 16)) & (slots - 1)}, the next slot on a collision, and
   * the stored hash is compared before the bytes. Ids numbered in file order have neighbouring hashes
   * and land in neighbouring slots, so the table is read almost in order. Ids whose hashes crowd into
   * the same slots (many ids with one hash, say) would make linear probing quadratic: once the probes
   * exceed {@value #PROBES_PER_SLOT} per slot in total, the work is done again with a
   * {@code HashMap}, whose buckets turn into balanced trees for such ids.
   *
   * @param ownFirst rows that are their own first row whatever their id, or null for none
   * @return one first row per row
   */
  int[] firstRows(boolean[] ownFirst) {
    int[] first = firstRowsInTable(ownFirst);
    return first != null ? first : firstRowsByHashMap(ownFirst);
  }

  /** {@link #firstRows(boolean[])} in the open-addressing table, or null if the ids crowd it. */
  int[] firstRowsInTable(boolean[] ownFirst) {
    int bits = tableBits(size);
    int mask = (1 << bits) - 1;
    int[] slotRow = new int[1 << bits];
    int[] slotHash = new int[1 << bits];
    Arrays.fill(slotRow, -1);
    long budget = (long) PROBES_PER_SLOT << bits;
    int[] first = new int[size];
    for (int r = 0; r < size; r++) {
      first[r] = r;
      if (isEmpty(r) || ownFirst != null && ownFirst[r]) {
        continue;
      }
      int h = hash(r);
      int slot = (h ^ (h >>> 16)) & mask;
      while (slotRow[slot] >= 0 && !(slotHash[slot] == h && sameId(slotRow[slot], r))) {
        if (--budget < 0) {
          return null;
        }
        slot = (slot + 1) & mask;
      }
      if (slotRow[slot] < 0) {
        slotRow[slot] = r;
        slotHash[slot] = h;
      } else {
        first[r] = slotRow[slot];
      }
    }
    return first;
  }

  /**
   * The table's size for a number of rows, as a power of two: more than twice the rows.
   *
   * @param rows how many rows
   * @return the exponent
   * @throws IllegalArgumentException past 2^29 rows, whose table would not fit an array
   */
  static int tableBits(int rows) {
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, rows)));
    if (bits > MAX_TABLE_BITS) {
      throw new IllegalArgumentException("too many rows for the duplicate check: " + rows);
    }
    return bits;
  }

  /** {@link #firstRows(boolean[])} through a hash map of the ids as text. */
  int[] firstRowsByHashMap(boolean[] ownFirst) {
    Map<String, Integer> seen = new HashMap<>();
    int[] first = new int[size];
    for (int r = 0; r < size; r++) {
      first[r] = r;
      if (isEmpty(r) || ownFirst != null && ownFirst[r]) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(get(r), r);
      if (earlier != null) {
        first[r] = earlier;
      }
    }
    return first;
  }
}
