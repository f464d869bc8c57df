package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The excluded rows of a large file, kept compactly and rendered as {@link Exclusion}s when read:
 * per row its line, its rule and its detail as small indexes into the distinct rules and details
 * seen, and the row's id as UTF-8 bytes in one shared array. An {@link ExclusionReport} keeps this
 * list as it is rather than copying it into objects. Immutable once built.
 *
 * @since 0.1.0
 */
public final class ExclusionRows extends AbstractList<Exclusion> implements RandomAccess {

  private final int size;
  private final long[] lines;
  private final int[] rules;
  private final int[] details;
  private final int[] idEnds;
  private final byte[] ids;
  private final List<String> ruleIds;
  private final List<String> detailTexts;

  private ExclusionRows(Builder b) {
    this.size = b.size;
    this.lines = Arrays.copyOf(b.lines, size);
    this.rules = Arrays.copyOf(b.rules, size);
    this.details = Arrays.copyOf(b.details, size);
    this.idEnds = Arrays.copyOf(b.idEnds, size);
    this.ids = Arrays.copyOf(b.ids, size == 0 ? 0 : b.idEnds[size - 1]);
    this.ruleIds = List.copyOf(b.ruleIds);
    this.detailTexts = List.copyOf(b.detailTexts);
  }

  /**
   * Starts an empty list.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Exclusion get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    int from = index == 0 ? 0 : idEnds[index - 1];
    return new Exclusion(lines[index], new String(ids, from, idEnds[index] - from, StandardCharsets.UTF_8),
        ruleIds.get(rules[index]), detailTexts.get(details[index]));
  }

  @Override
  public int size() {
    return size;
  }

  /** Accumulates excluded rows, in file order. */
  public static final class Builder {
    private int size;
    private long[] lines = new long[256];
    private int[] rules = new int[256];
    private int[] details = new int[256];
    private int[] idEnds = new int[256];
    private byte[] ids = new byte[1024];
    private final List<String> ruleIds = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String> detailTexts = new ArrayList<>();
    private final Map<String, Integer> detailIndex = new HashMap<>();
    private boolean built;

    private Builder() {
    }

    /**
     * Adds an excluded row.
     *
     * @param line the 1-based line
     * @param id the row's id (empty if none)
     * @param rule the rule that excluded it
     * @param detail the offending value or reason
     * @return this builder
     */
    public Builder add(long line, String id, ExclusionRule rule, String detail) {
      checkNotBuilt();
      Args.positive(line, "line");
      Args.notNull(id, "id");
      Args.notNull(detail, "detail");
      String ruleId = Args.notNull(rule, "rule").id();
      if (size == lines.length) {
        int n = size * 2;
        lines = Arrays.copyOf(lines, n);
        rules = Arrays.copyOf(rules, n);
        details = Arrays.copyOf(details, n);
        idEnds = Arrays.copyOf(idEnds, n);
      }
      byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
      int from = size == 0 ? 0 : idEnds[size - 1];
      if (from + idBytes.length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, from + idBytes.length));
      }
      System.arraycopy(idBytes, 0, ids, from, idBytes.length);
      lines[size] = line;
      rules[size] = index(ruleId, ruleIds, ruleIndex);
      details[size] = index(detail, detailTexts, detailIndex);
      idEnds[size] = from + idBytes.length;
      size++;
      return this;
    }

    private void checkNotBuilt() {
      if (built) {
        throw new IllegalStateException("ExclusionRows.Builder cannot be used after build()");
      }
    }

    private static int index(String text, List<String> texts, Map<String, Integer> index) {
      Integer i = index.get(text);
      if (i == null) {
        i = texts.size();
        texts.add(text);
        index.put(text, i);
      }
      return i;
    }

    /**
     * Builds the list; the builder cannot be used afterwards.
     *
     * @return the rows
     */
    public ExclusionRows build() {
      checkNotBuilt();
      built = true;
      return new ExclusionRows(this);
    }
  }
}
