package io.github.commissioningvfm.unitcosts.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a JSON document read by {@link JsonReader}, with the line and column where it
 * starts. Objects keep their members in document order; numbers keep their literal text, so no
 * digit is lost to binary floating point.
 */
public final class JsonValue {

  /** The kinds of JSON value. */
  public enum Kind {
    /** An object: {@code {"name": value, ...}}. */
    OBJECT,
    /** An array: {@code [value, ...]}. */
    ARRAY,
    /** A string. */
    STRING,
    /** A number, kept as its literal. */
    NUMBER,
    /** The literal {@code true}. */
    TRUE,
    /** The literal {@code false}. */
    FALSE,
    /** The literal {@code null}. */
    NULL
  }

  private final Kind kind;
  private final String text;
  private final List<JsonValue> items;
  private final Map<String, JsonValue> members;
  private final int line;
  private final int column;

  private JsonValue(Kind kind, String text, List<JsonValue> items, Map<String, JsonValue> members, int line,
      int column) {
    this.kind = kind;
    this.text = text;
    this.items = items;
    this.members = members;
    this.line = line;
    this.column = column;
  }

  static JsonValue scalar(Kind kind, String text, int line, int column) {
    return new JsonValue(kind, text, List.of(), Map.of(), line, column);
  }

  static JsonValue array(List<JsonValue> items, int line, int column) {
    return new JsonValue(Kind.ARRAY, "", Collections.unmodifiableList(items), Map.of(), line, column);
  }

  static JsonValue object(Map<String, JsonValue> members, int line, int column) {
    return new JsonValue(Kind.OBJECT, "", List.of(), Collections.unmodifiableMap(members), line, column);
  }

  /**
   * The kind.
   *
   * @return what sort of value this is
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether this is a string or a number, the two kinds that read as text.
   *
   * @return true for {@link Kind#STRING} and {@link Kind#NUMBER}
   */
  public boolean isText() {
    return kind == Kind.STRING || kind == Kind.NUMBER;
  }

  /**
   * The text: a string's content (escapes resolved), a number's literal, {@code true},
   * {@code false} or {@code null}; empty for objects and arrays.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The items of an array.
   *
   * @return the items in document order; empty for any other kind
   */
  public List<JsonValue> items() {
    return items;
  }

  /**
   * The members of an object.
   *
   * @return name to value in document order; empty for any other kind
   */
  public Map<String, JsonValue> members() {
    return members;
  }

  /**
   * One member of an object.
   *
   * @param name the member's name
   * @return its value, or empty if there is no such member or this is not an object
   */
  public Optional<JsonValue> member(String name) {
    return Optional.ofNullable(members.get(name));
  }

  /**
   * The line where the value starts.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * The column where the value starts.
   *
   * @return the 1-based column, counted in UTF-16 characters
   */
  public int column() {
    return column;
  }

  /**
   * The value as compact JSON, for messages: no white space, strings quoted and escaped, numbers
   * as written.
   *
   * @return e.g. {@code {"a":[1,"b"]}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(out);
    return out.toString();
  }

  private void write(StringBuilder out) {
    switch (kind) {
      case OBJECT -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> m : members.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          quote(m.getKey(), out);
          out.append(':');
          m.getValue().write(out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          items.get(i).write(out);
        }
        out.append(']');
      }
      case STRING -> quote(text, out);
      default -> out.append(text);
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
