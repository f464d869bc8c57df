package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
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
    return read(Utf8.decode(bytes, file), file, dialect);
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
    boolean strict = dialect == Dialect.STRICT;
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = n > 0 && chars[0] == '\uFEFF' ? 1 : 0;
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int quoteLine = 1;
    while (i < n) {
      char c = chars[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && chars[i + 1] == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          // CRLF inside quotes is a line break in the value, kept as LF.
          field.append('\n');
          line++;
          i++;
        } else if (c == '\n') {
          line++;
          field.append(c);
        } else {
          // a run of ordinary characters in one append: the loop runs interpreted on a cold start
          int end = i + 1;
          while (end < n && chars[end] != '"' && chars[end] != '\n' && chars[end] != '\r') {
            end++;
          }
          field.append(chars, i, end - i);
          i = end;
          continue;
        }
        i++;
        continue;
      }
      boolean lineEnd = c == '\n' || c == '\r';
      if (c == '\r' && !(i + 1 < n && chars[i + 1] == '\n') && strict) {
        throw new InputFormatException(file, line, String.valueOf(fields.size() + 1), field + "\\r",
            "carriage return that does not end a line");
      }
      if (lineEnd) {
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          i++;
        }
        fields.add(field.toString());
        addRecord(records, recordLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        line++;
        recordLine = line;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (wasQuoted) {
        throw new InputFormatException(file, line, String.valueOf(fields.size() + 1), field + String.valueOf(c),
            "text after a closing quote; put the whole field in quotes and double any quote inside it");
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else if (c == '"' && strict) {
        throw new InputFormatException(file, line, String.valueOf(fields.size() + 1), field + "\"",
            "quote inside an unquoted field; put the whole field in quotes and double the quote");
      } else {
        int end = i + 1;
        while (end < n && chars[end] != ',' && chars[end] != '\n' && chars[end] != '\r' && chars[end] != '"') {
          end++;
        }
        field.append(chars, i, end - i);
        i = end;
        continue;
      }
      i++;
    }
    if (quoted) {
      throw new InputFormatException(file, quoteLine, String.valueOf(fields.size() + 1), field.toString(),
          "quoted field is not closed");
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addRecord(records, recordLine, fields);
    }
    return records;
  }

  private static void addRecord(List<Record> records, int line, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return;
    }
    records.add(new Record(line, fields));
  }
}
