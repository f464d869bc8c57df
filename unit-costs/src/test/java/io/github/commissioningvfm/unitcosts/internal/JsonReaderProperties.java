package io.github.commissioningvfm.unitcosts.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the JSON reader: any string survives escaping, and compact text reads back the same. */
class JsonReaderProperties {

  /** Writes every character as a \\uXXXX escape, the most general form a writer may use. */
  private static String escapeAll(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) s.charAt(i)));
    }
    return out.append('"').toString();
  }

  @Test
  void anyStringWrittenWithEscapesReadsBackUnchanged() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
      String read = JsonReader.parse(escapeAll(s), "p.json").text();
      if (!read.equals(s)) {
        throw new AssertionError("escaped " + escapeAll(s) + " read as " + escapeAll(read));
      }
    });
  }

  @Test
  void compactTextOfAnyDocumentReadsBackToTheSameText() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(0, 6),
        lists().of(integers().all()).ofSizeBetween(0, 6)).checkAssert((texts, numbers) -> {
          StringBuilder doc = new StringBuilder("{\"texts\": [");
          for (int i = 0; i < texts.size(); i++) {
            doc.append(i == 0 ? "" : ", ").append(escapeAll(texts.get(i)));
          }
          doc.append("],\n \"numbers\": ").append(numbers).append(", \"nested\": {\"ok\": [true, false, null]}}");
          JsonValue first = JsonReader.parse(doc.toString(), "p.json");
          String compact = first.toString();
          JsonValue second = JsonReader.parse(compact, "p.json");
          if (!second.toString().equals(compact)
              || !second.member("texts").orElseThrow().items().stream().map(JsonValue::text).toList().equals(texts)
              || !second.member("numbers").orElseThrow().items().stream().map(v -> Integer.valueOf(v.text()))
                  .toList().equals(List.copyOf(numbers))) {
            throw new AssertionError(doc + " -> " + compact + " -> " + second);
          }
        });
  }
}
