package io.github.commissioningvfm.unitcosts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict JSON reader: every kind of value, positions, and every kind of malformed input. */
class JsonReaderTest {

  private static final String FILE = "m.json";

  private static JsonValue parse(String text) {
    return JsonReader.parse(text, FILE);
  }

  private static String error(String text) {
    return assertThrows(TableFormatException.class, () -> parse(text)).getMessage();
  }

  @Test
  void readsEveryKindOfValueInDocumentOrder() {
    JsonValue v = parse("{\"b\": [1, -2.5, 3e2, 0.25E-1], \"a\": {\"t\": true, \"f\": false, \"n\": null}, \"s\": \"x\"}");
    assertEquals(JsonValue.Kind.OBJECT, v.kind());
    assertEquals(List.of("b", "a", "s"), List.copyOf(v.members().keySet()));
    List<JsonValue> numbers = v.member("b").orElseThrow().items();
    assertEquals(List.of("1", "-2.5", "3e2", "0.25E-1"), numbers.stream().map(JsonValue::text).toList());
    assertTrue(numbers.stream().allMatch(n -> n.kind() == JsonValue.Kind.NUMBER && n.isText()));
    JsonValue a = v.member("a").orElseThrow();
    assertEquals(JsonValue.Kind.TRUE, a.member("t").orElseThrow().kind());
    assertEquals(JsonValue.Kind.FALSE, a.member("f").orElseThrow().kind());
    assertEquals(JsonValue.Kind.NULL, a.member("n").orElseThrow().kind());
    assertFalse(a.member("n").orElseThrow().isText());
    assertEquals("x", v.member("s").orElseThrow().text());
    assertTrue(v.member("missing").isEmpty());
    assertTrue(numbers.get(0).member("b").isEmpty(), "a number has no members");
    assertEquals(List.of(), parse("[]").items());
    assertEquals(0, parse("{}").members().size());
  }

  @Test
  void resolvesEveryEscape() {
    // \u00e9 is e-acute; \ud83d\ude00 is the surrogate pair of U+1F600.
    JsonValue s = parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u00E9 \\ud83d\\ude00\"");
    assertEquals("q\" b\\ s/ \b\f\n\r\t \u00e9 \u00e9 \uD83D\uDE00", s.text());
    assertEquals("\uD83D\uDE00", new String(Character.toChars(0x1F600)));
  }

  @Test
  void remembersLineAndColumnOfEachValue() {
    JsonValue v = parse("[\n  {\"a\": 1},\n\t\"x\"]");
    assertEquals(1, v.line());
    assertEquals(1, v.column());
    assertEquals(2, v.items().get(0).line());
    assertEquals(3, v.items().get(0).column());
    assertEquals(3, v.items().get(1).line());
    assertEquals(2, v.items().get(1).column());
    assertEquals(9, v.items().get(0).member("a").orElseThrow().column());
  }

  @Test
  void compactTextForMessages() {
    assertEquals("{\"a\":[1,\"b\\\"c\",null,true],\"d\":{}}",
        parse("{ \"a\" : [ 1 , \"b\\\"c\" , null , true ] , \"d\" : { } }").toString());
    assertEquals("\"tab\\t nl\\n cr\\r u\\u0001 bs\\\\\"", parse("\"tab\\t nl\\n cr\\r u\\u0001 bs\\\\\"").toString());
  }

  @Test
  void bytesMustBeUtf8AndMayStartWithAByteOrderMark() {
    byte[] withBom = "\uFEFF[\"\u00e9\"]".getBytes(StandardCharsets.UTF_8);
    JsonValue v = JsonReader.parse(withBom, FILE);
    assertEquals("\u00e9", v.items().get(0).text());
    assertEquals(1, v.column(), "the byte order mark is not counted as a column");
    byte[] bad = {'[', '"', (byte) 0xC3, '"', ']'};
    TableFormatException e = assertThrows(TableFormatException.class, () -> JsonReader.parse(bad, FILE));
    assertEquals("m.json, line 1, column '(encoding)': not valid UTF-8: '0xC3'", e.getMessage());
  }

  @Test
  void malformedDocumentsNameLineColumnAndCharacter() {
    assertEquals("m.json, line 1, column '13': malformed JSON: unexpected end of input; expected a value: ''",
        error("{\"tables\": ["));
    assertEquals("m.json, line 2, column '1': malformed JSON: unexpected character; expected a value: ']'",
        error("[1,\n]"));
    assertEquals("m.json, line 1, column '2': malformed JSON: expected a member name in double quotes: '''",
        error("{'a': 1}"));
    assertEquals("m.json, line 1, column '5': malformed JSON: expected ':' after a member name: '1'",
        error("{\"a\"1}"));
    assertEquals("m.json, line 1, column '7': malformed JSON: expected ',' or '}' in an object: ']'",
        error("{\"a\":1]"));
    assertEquals("m.json, line 1, column '4': malformed JSON: expected ',' or ']' in an array: '2'",
        error("[1 2]"));
    assertEquals("m.json, line 1, column '2': malformed JSON: number has a leading zero: '1'", error("01"));
    assertEquals("m.json, line 1, column '1': malformed JSON: unexpected character; expected a value: '+'",
        error("+1"));
    assertEquals("m.json, line 1, column '4': malformed JSON: expected a digit after the decimal point: ']'",
        error("[1.]"));
    assertEquals("m.json, line 1, column '2': malformed JSON: expected a digit: '.'", error("-.5"));
    assertEquals("m.json, line 1, column '4': malformed JSON: unexpected end of input; expected a digit in the "
        + "exponent: ''", error("1e+"));
    assertEquals("m.json, line 1, column '1': malformed JSON: unexpected character; expected a value: 't'",
        error("tru"));
    assertEquals("m.json, line 1, column '3': malformed JSON: unexpected text after the end of the document: '2'",
        error("1 2"));
    assertEquals("m.json, line 1, column '4': malformed JSON: unexpected end of input; expected a value: ''",
        error("   "));
    assertEquals("m.json, line 1, column '1': malformed JSON: unexpected character; expected a value: '/'",
        error("// comment\n1"));
  }

  @Test
  void malformedStrings() {
    assertEquals("m.json, line 1, column '5': malformed JSON: unexpected end of input; string is not closed: ''",
        error("\"abc"));
    assertEquals("m.json, line 1, column '3': malformed JSON: control character inside a string; write it as an "
        + "escape such as \\n: '\n'", error("\"a\nb\""));
    assertEquals("m.json, line 1, column '3': malformed JSON: unknown escape; expected one of \\\" \\\\ \\/ \\b \\f "
        + "\\n \\r \\t \\uXXXX: 'x'", error("\"\\x\""));
    assertEquals("m.json, line 1, column '6': malformed JSON: \\u must be followed by four hexadecimal digits: 'g'",
        error("\"\\u12g4\""));
  }

  @Test
  void aKeyMayAppearOnlyOnceInAnObject() {
    assertEquals("m.json, line 2, column '3': malformed JSON: member name appears twice in one object: 'rows'",
        error("{\"rows\": 1,\n  \"rows\": 2}"));
  }

  @Test
  void nestingIsBounded() {
    String deepest = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertEquals(JsonValue.Kind.ARRAY, parse(deepest).kind());
    String tooDeep = "[".repeat(JsonReader.MAX_DEPTH + 1);
    assertEquals("m.json, line 1, column '1001': malformed JSON: nested more than 1000 levels deep: '['",
        error(tooDeep));
  }
}
