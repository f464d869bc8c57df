package io.github.commissioningvfm.unitcosts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding, on its fast path and when a replacement character is present. */
class CsvParserTest {

  @Test
  void aGenuineReplacementCharacterIsValidUtf8() {
    String text = "a,b\n\uFFFD,\u00e9\n";
    assertEquals(text, CsvParser.decodeUtf8(text.getBytes(StandardCharsets.UTF_8), "f.csv"));
  }

  @Test
  void anEncodedSurrogateIsNotUtf8() {
    // ED A0 80 would encode U+D800, a surrogate, which UTF-8 forbids (RFC 3629, section 3).
    byte[] bytes = {'a', '\n', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    TableFormatException e = assertThrows(TableFormatException.class, () -> CsvParser.decodeUtf8(bytes, "f.csv"));
    assertEquals("f.csv, line 2, column '(encoding)': not valid UTF-8: '0xED'", e.getMessage());
  }
}
