package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a
 * quote inside quotes, line breaks allowed inside quotes) into records that remember their line.
 *
 * <p>In strict mode, the library's own format, a byte order mark or a carriage return is an
 * error; in lenient mode, for files exported by other tools, both are accepted and dropped.
 */
public final class CsvParser {

  /** One record: the line it starts on and its fields. */
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
  }

  private CsvParser() {
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @return the text
   * @throws TableFormatException naming the line of the first byte that is not UTF-8
   */
  public static String decodeUtf8(byte[] bytes, String file) {
    // Fast path: the String constructor replaces every malformed sequence with U+FFFD, so text
    // without U+FFFD came from valid UTF-8. Text with it (a real U+FFFD or a bad byte) is decoded
    // again strictly, which finds the first bad byte and its line.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int position = in.position();
      int line = 1;
      for (int i = 0; i < position; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new TableFormatException(file, line, "(encoding)",
          String.format(java.util.Locale.ROOT, "0x%02X", bytes[position] & 0xFF), "not valid UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Parses CSV text.
   *
   * @param text the text
   * @param file the file name for messages
   * @param lenient true to accept and drop a byte order mark and carriage returns
   * @return the records, blank lines skipped
   * @throws TableFormatException for a forbidden character or an unterminated quote
   */
  public static List<Record> parse(String text, String file, boolean lenient) {
    String body = text;
    if (body.startsWith("\uFEFF")) {
      if (!lenient) {
        throw new TableFormatException(file, 1, "1", "U+FEFF",
            "starts with a byte order mark; save the file as UTF-8 without BOM");
      }
      body = body.substring(1);
    }
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int column = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int quoteLine = 1;
    // A char array and runs appended in one call: in a fresh JVM this loop runs interpreted, where
    // a method call per character (charAt, append) costs several times the array access.
    char[] chars = body.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c == '\r') {
        if (!lenient) {
          throw new TableFormatException(file, line, String.valueOf(column), "\\r",
              "carriage return (CRLF line end); the format requires LF line ends");
        }
        i++;
        continue;
      }
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && chars[i + 1] == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
        } else if (c == '\n') {
          line++;
          field.append(c);
          i++;
        } else {
          int end = i + 1;
          while (end < n && chars[end] != '"' && chars[end] != '\n' && chars[end] != '\r') {
            end++;
          }
          field.append(chars, i, end - i);
          i = end;
        }
        continue;
      }
      if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new TableFormatException(file, line, String.valueOf(column), field + "\"",
              "quote inside an unquoted field; put the whole field in quotes and double the quote");
        }
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        column++;
      } else if (c == '\n') {
        fields.add(field.toString());
        addRecord(records, recordLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        line++;
        recordLine = line;
        column = 1;
      } else {
        if (wasQuoted) {
          throw new TableFormatException(file, line, String.valueOf(column), String.valueOf(c),
              "text after a closing quote");
        }
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
      throw new TableFormatException(file, quoteLine, String.valueOf(column), field.toString(),
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
