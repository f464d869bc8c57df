package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records that remember the line they start on (RFC 4180: comma-separated,
 * a field may be in double quotes, {@code ""} is a quote inside quotes, and a quoted field may
 * hold commas and line breaks).
 *
 * <p>Both dialects drop a UTF-8 byte order mark at the start, read CRLF as a line end (Excel on
 * Windows writes CRLF), skip blank lines, and refuse an unclosed quote (naming the line where it
 * opened) and text after a closing quote. In neither dialect does a quote inside an unquoted field
 * start a quoted field, so a stray quote can never swallow the following lines:
 * <ul>
 *   <li>{@link Dialect#STRICT}, for the library's own files: the stray quote is an error, and so
 *       is a carriage return that does not end a line;</li>
 *   <li>{@link Dialect#LENIENT}, for files exported by other tools: the stray quote is kept as a
 *       literal character ({@code 5" screen} stays {@code 5" screen}), and a lone carriage return
 *       ends a line (old Mac exports).</li>
 * </ul>
 * The reader does not check that records have equal widths; {@link HeaderMap#cells} does.
 *
 * <p>This class collects every record of an input held in memory, for small tables; the rules
 * themselves are applied by {@link CsvStream}, which reads large files a record at a time.
 */
public final class CsvReader {

  /** How forgiving the reader is; see the class description. */
  public enum Dialect {
    /** The library's own files: a stray quote or a lone carriage return is an error. */
    STRICT,
    /** Exported files: a stray quote is a literal character, a lone carriage return a line end. */
    LENIENT
  }

  /**
   * One record.
   *
   * @param line the 1-based line it starts on
   * @param fields the fields, unquoted
   */
  public record Record(int line, List<String> fields) {
    /**
     * Creates a record.
     *
     * @param line the 1-based line it starts on
     * @param fields the fields, unquoted
     */
    public Record {
      fields = List.copyOf(fields);
    }

    /**
     * The record as it might have been written, for messages.
     *
     * @return the fields joined by commas
     */
    public String joined() {
      return String.join(",", fields);
    }
  }

  private CsvReader() {
  }

  /**
   * Decodes UTF-8 bytes strictly and splits them into records.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @param dialect strict or lenient
   * @return the records, blank lines skipped
   * @throws InputFormatException for bad encoding, a stray quote (strict) or an unclosed quote
   */
  public static List<Record> read(byte[] bytes, String file, Dialect dialect) {
    return collect(CsvStream.of(bytes, file, dialect));
  }

  /**
   * Splits CSV text into records.
   *
   * @param text the text
   * @param file the file name for messages
   * @param dialect strict or lenient
   * @return the records, blank lines skipped
   * @throws InputFormatException for a stray quote or lone carriage return (strict), text after
   *     a closing quote or an unclosed quote
   */
  public static List<Record> read(String text, String file, Dialect dialect) {
    return read(text.getBytes(StandardCharsets.UTF_8), file, dialect);
  }

  private static List<Record> collect(CsvStream csv) {
    List<Record> records = new ArrayList<>();
    while (csv.next()) {
      records.add(csv.record());
    }
    return records;
  }
}
