package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for manifests and user JSON tables: objects, arrays,
 * strings with every escape including {@code \}{@code uXXXX}, numbers, {@code true},
 * {@code false} and {@code null}.
 *
 * <p>Strict means: exactly one value per document (white space around it only), no comments, no
 * trailing commas, no single quotes, no leading zeros or {@code +} signs, no control characters
 * inside strings, no key twice in one object, at most {@value #MAX_DEPTH} levels of nesting. The
 * input must be UTF-8; a leading byte order mark is skipped. Every error is a
 * {@link TableFormatException} naming the file, the 1-based line and column (in UTF-16
 * characters) and the offending character.
 */
public final class JsonReader {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 1000;

  /** The document as an array: array access beats a charAt call per character before JIT compilation. */
  private final char[] text;
  private final int length;
  private final String file;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;

  private JsonReader(String text, String file) {
    this.text = text.toCharArray();
    this.length = this.text.length;
    this.file = file;
  }

  /**
   * Reads a JSON document from UTF-8 bytes.
   *
   * @param bytes the document
   * @param file the file name for messages
   * @return the document's single top-level value
   * @throws TableFormatException for bytes that are not UTF-8 or text that is not JSON
   */
  public static JsonValue parse(byte[] bytes, String file) {
    return parse(CsvParser.decodeUtf8(bytes, file), file);
  }

  /**
   * Reads a JSON document from text.
   *
   * @param text the document
   * @param file the file name for messages
   * @return the document's single top-level value
   * @throws TableFormatException for text that is not JSON
   */
  public static JsonValue parse(String text, String file) {
    JsonReader reader = new JsonReader(text, file);
    if (text.startsWith("\uFEFF")) {
      reader.pos = 1;
      reader.lineStart = 1;
    }
    reader.skipSpace();
    JsonValue value = reader.value();
    reader.skipSpace();
    if (reader.pos < reader.length) {
      throw reader.error("unexpected text after the end of the document");
    }
    return value;
  }

  private JsonValue value() {
    if (pos >= length) {
      throw error("unexpected end of input; expected a value");
    }
    char c = text[pos];
    int startLine = line;
    int startColumn = column();
    switch (c) {
      case '{':
        return object(startLine, startColumn);
      case '[':
        return array(startLine, startColumn);
      case '"':
        return JsonValue.scalar(JsonValue.Kind.STRING, string(), startLine, startColumn);
      case 't':
        literal("true");
        return JsonValue.scalar(JsonValue.Kind.TRUE, "true", startLine, startColumn);
      case 'f':
        literal("false");
        return JsonValue.scalar(JsonValue.Kind.FALSE, "false", startLine, startColumn);
      case 'n':
        literal("null");
        return JsonValue.scalar(JsonValue.Kind.NULL, "null", startLine, startColumn);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return JsonValue.scalar(JsonValue.Kind.NUMBER, number(), startLine, startColumn);
        }
        throw error("unexpected character; expected a value");
    }
  }

  private JsonValue object(int startLine, int startColumn) {
    enter();
    pos++;
    Map<String, JsonValue> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      depth--;
      return JsonValue.object(members, startLine, startColumn);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int keyLine = line;
      int keyColumn = column();
      String key = string();
      skipSpace();
      if (peek() != ':') {
        throw error("expected ':' after a member name");
      }
      pos++;
      skipSpace();
      JsonValue value = value();
      if (members.put(key, value) != null) {
        throw new TableFormatException(file, keyLine, String.valueOf(keyColumn), key,
            "malformed JSON: member name appears twice in one object");
      }
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        depth--;
        return JsonValue.object(members, startLine, startColumn);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}' in an object");
      }
    }
  }

  private JsonValue array(int startLine, int startColumn) {
    enter();
    pos++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      depth--;
      return JsonValue.array(items, startLine, startColumn);
    }
    while (true) {
      skipSpace();
      items.add(value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        depth--;
        return JsonValue.array(items, startLine, startColumn);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']' in an array");
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private String string() {
    pos++;
    StringBuilder out = null;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw error("string is not closed");
      }
      char c = text[pos];
      if (c == '"') {
        String result = out == null ? new String(text, runStart, pos - runStart)
            : out.append(text, runStart, pos - runStart).toString();
        pos++;
        return result;
      }
      if (c < 0x20) {
        throw error("control character inside a string; write it as an escape such as \\n");
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(text, runStart, pos - runStart);
      pos++;
      if (pos >= length) {
        throw error("string is not closed");
      }
      char e = text[pos];
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> throw error("unknown escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
      }
      pos++;
      runStart = pos;
    }
  }

  private char unicodeEscape() {
    int value = 0;
    for (int i = 1; i <= 4; i++) {
      int digit = pos + i < length ? Character.digit(text[pos + i], 16) : -1;
      if (digit < 0) {
        pos += i;
        throw error("\\u must be followed by four hexadecimal digits");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return (char) value;
  }

  private String number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("number has a leading zero");
      }
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    return new String(text, start, pos - start);
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) {
    int end = pos + word.length();
    boolean matches = end <= length;
    for (int i = 0; matches && i < word.length(); i++) {
      matches = text[pos + i] == word.charAt(i);
    }
    if (!matches) {
      throw error("unexpected character; expected a value");
    }
    pos = end;
  }

  private void skipSpace() {
    while (pos < length) {
      char c = text[pos];
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The character at the position, or U+0000 at the end (never valid where it is looked for). */
  private char peek() {
    return pos < length ? text[pos] : '\0';
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private TableFormatException error(String problem) {
    String found = pos < length ? String.valueOf(text[pos]) : "";
    String message = pos < length ? problem : problem.startsWith("unexpected end") ? problem
        : "unexpected end of input; " + problem;
    return new TableFormatException(file, line, String.valueOf(column()), found, "malformed JSON: " + message);
  }
}
