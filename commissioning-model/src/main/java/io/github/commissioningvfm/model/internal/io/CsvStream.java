package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads CSV one record at a time straight from the bytes of a stream, under the rules of
 * {@link CsvReader} (the same dialects, the same messages): a UTF-8 byte order mark is dropped,
 * CRLF is a line end, a quote opens a quoted field only at the start of a field, a quoted field
 * may span lines, {@code ""} inside quotes is a quote, and blank lines are skipped. The bytes are
 * checked as UTF-8 as they are read, and a byte that is not UTF-8 is reported at its true line and
 * byte offset, as {@link Utf8#decode} reports it. No more than a cap of bytes is ever read.
 *
 * <p>Memory does not grow with the file: the reader holds one buffer (grown only for a single
 * line longer than it) and the bytes of the current record's selected fields. By default every
 * field is kept ({@link #record()} returns them as text, as the header needs); after
 * {@link #select(int...)} only the chosen columns are kept, the other fields are scanned and
 * dropped without making a {@code String}, and the kept cells are read by slot, the position of
 * the column in the selection:
 * <ul>
 *   <li>{@link #text(int)} makes the cell's text;</li>
 *   <li>{@link #interned(int)} returns one shared {@code String} per distinct value of the slot
 *       (for categorical columns), up to {@value #MAX_DISTINCT} distinct values a slot, beyond
 *       which each call makes a new string;</li>
 *   <li>{@link #cached(int, Function)} applies a parser once per distinct value of the slot (for
 *       dates and financial years), with the same bound;</li>
 *   <li>{@link #parseSimpleDecimal(int)} reads a cell of the form {@code -?d+(.d+)?} with at most
 *       15 digits directly from its bytes, giving exactly the {@code double} that
 *       {@link Double#parseDouble} gives (a mantissa below 2^53 divided by an exact power of ten is
 *       correctly rounded); any other cell is left to the caller's classification of its text.</li>
 * </ul>
 */
public final class CsvStream implements Closeable {

  /** The most distinct values a slot interns or caches: {@value}. */
  public static final int MAX_DISTINCT = 1 << 14;

  private static final int BUFFER = 1 << 16;
  /** {@link #STOPS} flag: the byte ends a run of ordinary bytes in an unquoted field. */
  private static final byte UNQUOTED = 1;
  /** {@link #STOPS} flag: the byte ends a run of ordinary bytes inside quotes. */
  private static final byte IN_QUOTES = 2;
  /** Per byte value, which runs it ends: one table load per byte instead of five comparisons. */
  private static final byte[] STOPS = new byte[256];

  static {
    for (int b = 0x80; b < 256; b++) {
      STOPS[b] = UNQUOTED | IN_QUOTES;
    }
    STOPS['"'] = UNQUOTED | IN_QUOTES;
    STOPS['\n'] = UNQUOTED | IN_QUOTES;
    STOPS['\r'] = UNQUOTED | IN_QUOTES;
    STOPS[','] = UNQUOTED;
  }
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15};

  private final InputStream in;
  private final String file;
  private final boolean strict;
  private final long maxBytes;

  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private long discarded;
  private long total;
  private boolean eof;
  private boolean started;
  /** Index in {@link #buf} of the first byte after the last LF, for encoding messages. */
  private int lineStart;
  /** Index in {@link #buf} of the current field's first byte. */
  private int fieldBufStart;
  /** Count of LF bytes before {@link #pos}, plus one. */
  private int physicalLine = 1;
  /** The CSV line (a lone CR ends a line in the lenient dialect). */
  private int line = 1;

  private int recordLine;
  private int width;
  private int lastFieldLength;
  private byte[] scratch = new byte[256];
  private int scratchLen;
  /** Column to slot, or null to keep every field (slot = column). */
  private int[] slotOf;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private ByteTable[] tables = new ByteTable[0];
  private double decimal;

  private CsvStream(InputStream in, String file, CsvReader.Dialect dialect, long maxBytes) {
    this.in = in;
    this.file = file;
    this.strict = dialect == CsvReader.Dialect.STRICT;
    this.maxBytes = maxBytes;
  }

  /**
   * Opens a regular file (following links), as {@link InputFiles#read} would read it.
   *
   * @param file the file
   * @param name the file name for messages
   * @param dialect strict or lenient
   * @param maxBytes the largest size accepted
   * @return the reader; close it
   * @throws IllegalArgumentException naming the file if it does not exist
   * @throws InputFormatException if it is not a regular file or is larger than the cap
   */
  public static CsvStream open(Path file, String name, CsvReader.Dialect dialect, long maxBytes) {
    InputFiles.checkRegular(file, maxBytes);
    try {
      return new CsvStream(Files.newInputStream(file), name, dialect, maxBytes);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("File '" + file + "' does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + file + "'", e);
    }
  }

  /**
   * Reads a stream of UTF-8 bytes.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param name the name for messages
   * @param dialect strict or lenient
   * @param maxBytes the most bytes read before the input is refused as too large
   * @return the reader
   */
  public static CsvStream of(InputStream in, String name, CsvReader.Dialect dialect, long maxBytes) {
    return new CsvStream(in, name, dialect, maxBytes);
  }

  /**
   * Reads bytes held in memory.
   *
   * @param bytes the bytes
   * @param name the name for messages
   * @param dialect strict or lenient
   * @return the reader
   */
  public static CsvStream of(byte[] bytes, String name, CsvReader.Dialect dialect) {
    return new CsvStream(new ByteArrayInputStream(bytes), name, dialect, Long.MAX_VALUE);
  }

  /**
   * Reads text, encoding it as UTF-8 as it goes.
   *
   * @param reader the text; closed by {@link #close()}
   * @param name the name for messages
   * @param dialect strict or lenient
   * @param maxBytes the most bytes (of the text as UTF-8) read before the input is refused
   * @return the reader
   */
  public static CsvStream of(Reader reader, String name, CsvReader.Dialect dialect, long maxBytes) {
    return new CsvStream(new Utf8EncodingStream(reader), name, dialect, maxBytes);
  }

  /**
   * Keeps only the given columns of the following records; slot {@code k} is {@code columns[k]}.
   *
   * @param columns 0-based column positions, distinct
   * @return this reader
   */
  public CsvStream select(int... columns) {
    int max = -1;
    for (int c : columns) {
      max = Math.max(max, c);
    }
    int[] map = new int[max + 1];
    Arrays.fill(map, -1);
    for (int k = 0; k < columns.length; k++) {
      if (map[columns[k]] >= 0) {
        throw new IllegalArgumentException("Argument 'columns' must be distinct, but column " + columns[k]
            + " is selected twice");
      }
      map[columns[k]] = k;
    }
    slotOf = map;
    starts = new int[columns.length];
    ends = new int[columns.length];
    tables = new ByteTable[columns.length];
    return this;
  }

  /**
   * Moves to the next record, skipping blank lines.
   *
   * @return false at the end of the input
   * @throws InputFormatException for bad encoding, a stray quote or lone carriage return (strict),
   *     text after a closing quote, an unclosed quote, or input beyond the cap
   */
  public boolean next() {
    if (!started) {
      start();
    }
    while (true) {
      int r = parseRecord();
      if (r != 0) {
        return r > 0;
      }
    }
  }

  /**
   * The 1-based line the current record starts on.
   *
   * @return the line
   */
  public int line() {
    return recordLine;
  }

  /**
   * The number of fields of the current record.
   *
   * @return the width
   */
  public int width() {
    return width;
  }

  /**
   * The current record with every field as text; only before {@link #select(int...)}.
   *
   * @return the record
   */
  public CsvReader.Record record() {
    if (slotOf != null) {
      throw new IllegalStateException("only selected columns are kept");
    }
    List<String> fields = new ArrayList<>(width);
    for (int k = 0; k < width; k++) {
      fields.add(text(k));
    }
    return new CsvReader.Record(recordLine, fields);
  }

  /**
   * The text of a kept cell; the record must be as wide as the selection needs.
   *
   * @param slot the slot
   * @return the text
   */
  public String text(int slot) {
    return new String(scratch, starts[slot], ends[slot] - starts[slot], StandardCharsets.UTF_8);
  }

  /**
   * The length in bytes of a kept cell.
   *
   * @param slot the slot
   * @return the length
   */
  public int length(int slot) {
    return ends[slot] - starts[slot];
  }

  /**
   * The text of a kept cell, one shared string per distinct value of the slot.
   *
   * @param slot the slot
   * @return the text
   */
  public String interned(int slot) {
    return cached(slot, Function.identity());
  }

  /**
   * A parser's result for a kept cell, computed once per distinct value of the slot. The parser
   * must be a function of the text alone, and give the same result for every slot it is used with.
   *
   * @param <T> the result type
   * @param slot the slot
   * @param parser the parser of the cell's text; it must not return null
   * @return the result
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(int slot, Function<String, T> parser) {
    ByteTable table = tables[slot];
    if (table == null) {
      table = new ByteTable();
      tables[slot] = table;
    }
    return (T) table.get(scratch, starts[slot], ends[slot], parser);
  }

  /**
   * Reads a kept cell of the form {@code -?d+(.d+)?} with at most 15 digits (no spaces); see
   * {@link #decimal()}.
   *
   * @param slot the slot
   * @return true if the cell has that form, so {@link #decimal()} holds its value
   */
  public boolean parseSimpleDecimal(int slot) {
    int i = starts[slot];
    int end = ends[slot];
    if (i == end) {
      return false;
    }
    byte[] s = scratch;
    boolean negative = s[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int intStart = i;
    while (i < end && s[i] >= '0' && s[i] <= '9') {
      mantissa = mantissa * 10 + (s[i] - '0');
      i++;
    }
    digits = i - intStart;
    if (digits == 0) {
      return false;
    }
    int scale = 0;
    if (i < end && s[i] == '.') {
      i++;
      int fracStart = i;
      while (i < end && s[i] >= '0' && s[i] <= '9' && digits < 16) {
        mantissa = mantissa * 10 + (s[i] - '0');
        i++;
        digits++;
      }
      scale = i - fracStart;
      if (scale == 0) {
        return false;
      }
    }
    if (i != end || digits > 15) {
      return false;
    }
    double v = scale == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[scale];
    decimal = negative ? -v : v;
    return true;
  }

  /**
   * The value read by the last successful {@link #parseSimpleDecimal(int)}.
   *
   * @return the value
   */
  public double decimal() {
    return decimal;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close '" + file + "'", e);
    }
  }

  private void start() {
    started = true;
    need(4);
    String bom = Utf8.utf16Or32Bom(Arrays.copyOf(buf, Math.min(4, limit)));
    if (bom != null) {
      throw Utf8.wideBom(file, bom);
    }
    if (need(3) && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /**
   * 1 for a record, 0 for a blank line, -1 at the end of the input. The bytes of a field are
   * copied to {@link #scratch} when its column is kept or it is quoted (to undo the quoting); an
   * unquoted field that is not kept is only scanned, its bytes staying in the buffer from
   * {@link #fieldBufStart} (never compacted away, as it starts after the current line's start)
   * for a message.
   */
  private int parseRecord() {
    scratchLen = 0;
    width = 0;
    recordLine = line;
    boolean quoted = false;
    boolean wasQuoted = false;
    int quoteLine = 0;
    int fieldStart = 0;
    fieldBufStart = pos;
    boolean copying = keeps(0);
    while (true) {
      if (pos >= limit && !fill()) {
        if (quoted) {
          throw new InputFormatException(file, quoteLine, String.valueOf(width + 1), fieldText(fieldStart, true),
              "quoted field is not closed");
        }
        if (!fieldEmpty(fieldStart, copying) || width > 0 || wasQuoted) {
          endField(fieldStart, copying);
          return blank() ? 0 : 1;
        }
        return -1;
      }
      byte c = buf[pos];
      if (quoted) {
        if (c == '"') {
          if (need(2) && buf[pos + 1] == '"') {
            append((byte) '"');
            pos += 2;
          } else {
            quoted = false;
            pos++;
          }
        } else if (c == '\r' && need(2) && buf[pos + 1] == '\n') {
          append((byte) '\n');
          line++;
          pos += 2;
          newPhysicalLine();
        } else if (c == '\n') {
          append(c);
          line++;
          pos++;
          newPhysicalLine();
        } else if (c < 0) {
          multibyte(true);
        } else {
          int p = pos + 1;
          while (p < limit && (STOPS[buf[p] & 0xFF] & IN_QUOTES) == 0) {
            p++;
          }
          append(buf, pos, p - pos);
          pos = p;
        }
        continue;
      }
      if (c == '\r') {
        boolean crlf = need(2) && buf[pos + 1] == '\n';
        if (!crlf && strict) {
          throw new InputFormatException(file, line, String.valueOf(width + 1), fieldText(fieldStart, copying)
              + "\\r", "carriage return that does not end a line");
        }
        endField(fieldStart, copying);
        pos += crlf ? 2 : 1;
        if (crlf) {
          newPhysicalLine();
        }
        line++;
        return blank() ? 0 : 1;
      }
      if (c == '\n') {
        endField(fieldStart, copying);
        pos++;
        newPhysicalLine();
        line++;
        return blank() ? 0 : 1;
      }
      if (c == ',') {
        endField(fieldStart, copying);
        pos++;
        fieldStart = scratchLen;
        fieldBufStart = pos;
        copying = keeps(width);
        wasQuoted = false;
      } else if (wasQuoted) {
        throw new InputFormatException(file, line, String.valueOf(width + 1), fieldText(fieldStart, true)
            + firstChar(), "text after a closing quote; put the whole field in quotes and double any quote inside it");
      } else if (c == '"' && fieldEmpty(fieldStart, copying)) {
        quoted = true;
        wasQuoted = true;
        copying = true;
        quoteLine = line;
        pos++;
      } else if (c == '"' && strict) {
        throw new InputFormatException(file, line, String.valueOf(width + 1), fieldText(fieldStart, copying) + "\"",
            "quote inside an unquoted field; put the whole field in quotes and double the quote");
      } else if (c < 0) {
        multibyte(copying);
      } else {
        int p = pos + 1;
        while (p < limit && (STOPS[buf[p] & 0xFF] & UNQUOTED) == 0) {
          p++;
        }
        if (copying) {
          append(buf, pos, p - pos);
        }
        pos = p;
      }
    }
  }

  private boolean keeps(int column) {
    return slotOf == null || column < slotOf.length && slotOf[column] >= 0;
  }

  private boolean fieldEmpty(int fieldStart, boolean copying) {
    return copying ? scratchLen == fieldStart : pos == fieldBufStart;
  }

  private boolean blank() {
    return width == 1 && lastFieldLength == 0;
  }

  /** Ends the field before {@link #pos}. */
  private void endField(int fieldStart, boolean copying) {
    lastFieldLength = copying ? scratchLen - fieldStart : pos - fieldBufStart;
    int column = width++;
    if (slotOf == null) {
      if (column == starts.length) {
        starts = Arrays.copyOf(starts, column * 2);
        ends = Arrays.copyOf(ends, column * 2);
      }
      starts[column] = fieldStart;
      ends[column] = scratchLen;
    } else if (column < slotOf.length && slotOf[column] >= 0) {
      starts[slotOf[column]] = fieldStart;
      ends[slotOf[column]] = scratchLen;
    } else {
      scratchLen = fieldStart;
    }
  }

  /** The field's text so far, from the scratch copy or else from the buffer. */
  private String fieldText(int fieldStart, boolean copying) {
    return copying ? new String(scratch, fieldStart, scratchLen - fieldStart, StandardCharsets.UTF_8)
        : new String(buf, fieldBufStart, pos - fieldBufStart, StandardCharsets.UTF_8);
  }

  private String firstChar() {
    int n = buf[pos] >= 0 ? 1 : sequenceLength();
    return new String(buf, pos, n, StandardCharsets.UTF_8).substring(0, 1);
  }

  /** Checks the UTF-8 sequence at {@link #pos}, and appends it when copying. */
  private void multibyte(boolean copying) {
    int n = sequenceLength();
    if (copying) {
      append(buf, pos, n);
    }
    pos += n;
  }

  /** The length of the valid UTF-8 sequence starting at a non-ASCII byte at {@link #pos}. */
  private int sequenceLength() {
    int b0 = buf[pos] & 0xFF;
    int n;
    int low = 0x80;
    int high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      low = b0 == 0xE0 ? 0xA0 : 0x80;
      high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      low = b0 == 0xF0 ? 0x90 : 0x80;
      high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw notUtf8();
    }
    if (!need(n)) {
      throw notUtf8();
    }
    int b1 = buf[pos + 1] & 0xFF;
    if (b1 < low || b1 > high) {
      throw notUtf8();
    }
    for (int k = 2; k < n; k++) {
      int b = buf[pos + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        throw notUtf8();
      }
    }
    return n;
  }

  private InputFormatException notUtf8() {
    String before = new String(buf, lineStart, pos - lineStart, StandardCharsets.UTF_8);
    return Utf8.notUtf8(file, physicalLine, before, buf[pos], discarded + pos, pos - lineStart + 1L);
  }

  private void newPhysicalLine() {
    physicalLine++;
    lineStart = pos;
  }

  private void append(byte b) {
    if (scratchLen == scratch.length) {
      scratch = Arrays.copyOf(scratch, scratch.length * 2);
    }
    scratch[scratchLen++] = b;
  }

  private void append(byte[] from, int offset, int n) {
    if (scratchLen + n > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLen + n));
    }
    System.arraycopy(from, offset, scratch, scratchLen, n);
    scratchLen += n;
  }

  /** Makes at least {@code n} bytes available from {@link #pos}; false if the input ends first. */
  private boolean need(int n) {
    while (limit - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Reads more bytes, keeping the current physical line in the buffer for messages. */
  private boolean fill() {
    if (eof) {
      return false;
    }
    if (lineStart > 0) {
      System.arraycopy(buf, lineStart, buf, 0, limit - lineStart);
      pos -= lineStart;
      limit -= lineStart;
      fieldBufStart -= lineStart;
      discarded += lineStart;
      lineStart = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n;
    try {
      n = in.read(buf, limit, buf.length - limit);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + file + "'", e);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    total += n;
    if (total > maxBytes) {
      throw InputFiles.tooLarge(file, maxBytes);
    }
    limit += n;
    return true;
  }

  /**
   * A small open-addressing table from the bytes of a cell to a value computed from its text,
   * holding at most {@link #MAX_DISTINCT} entries.
   */
  private static final class ByteTable {
    private byte[][] keys = new byte[64][];
    private Object[] values = new Object[64];
    private int size;

    Object get(byte[] bytes, int from, int to, Function<String, ?> parser) {
      int mask = keys.length - 1;
      for (int i = hash(bytes, from, to) & mask; ; i = (i + 1) & mask) {
        byte[] key = keys[i];
        if (key == null) {
          Object value = parser.apply(new String(bytes, from, to - from, StandardCharsets.UTF_8));
          if (size < MAX_DISTINCT) {
            keys[i] = Arrays.copyOfRange(bytes, from, to);
            values[i] = value;
            if (++size * 2 > keys.length) {
              grow();
            }
          }
          return value;
        }
        if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
          return values[i];
        }
      }
    }

    private static int hash(byte[] bytes, int from, int to) {
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + bytes[i];
      }
      return h ^ (h >>> 16);
    }

    private void grow() {
      byte[][] oldKeys = keys;
      Object[] oldValues = values;
      keys = new byte[oldKeys.length * 2][];
      values = new Object[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        byte[] key = oldKeys[j];
        if (key != null) {
          int i = hash(key, 0, key.length) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = key;
          values[i] = oldValues[j];
        }
      }
    }
  }
}
