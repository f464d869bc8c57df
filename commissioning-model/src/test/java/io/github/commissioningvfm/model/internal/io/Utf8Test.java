package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.io.InputFormatException;
import org.junit.jupiter.api.Test;

/** Byte order marks of the wider encodings, and the place of the first byte that is not UTF-8. */
class Utf8Test {

  @Test
  void eachWideByteOrderMarkIsNamed() {
    assertEquals("UTF-32 BE", Utf8.utf16Or32Bom(bytes(0x00, 0x00, 0xFE, 0xFF)));
    assertEquals("UTF-32 LE", Utf8.utf16Or32Bom(bytes(0xFF, 0xFE, 0x00, 0x00)));
    assertEquals("UTF-16 BE", Utf8.utf16Or32Bom(bytes(0xFE, 0xFF)));
    assertEquals("UTF-16 LE", Utf8.utf16Or32Bom(bytes(0xFF, 0xFE)));
    assertEquals("UTF-16 LE", Utf8.utf16Or32Bom(bytes(0xFF, 0xFE, 0x41, 0x00)));
    assertNull(Utf8.utf16Or32Bom(bytes(0x00, 0x00, 0xFE)));
    assertNull(Utf8.utf16Or32Bom(bytes(0xFE)));
    assertNull(Utf8.utf16Or32Bom(bytes(0xFF)));
    assertNull(Utf8.utf16Or32Bom(bytes(0x41, 0x42, 0x43, 0x44)));
    assertEquals("f.csv, line 1, column '(encoding)': starts with a UTF-16 byte order mark; save the file as UTF-8: "
        + "'UTF-16 BE'", assertThrows(InputFormatException.class,
            () -> Utf8.decode(bytes(0xFE, 0xFF, 0x00, 0x41), "f.csv")).getMessage());
  }

  @Test
  void theFirstBadByteIsPlacedByLineAndOffset() {
    assertEquals("a,b\n\u00e9", Utf8.decode(bytes(0x61, 0x2C, 0x62, 0x0A, 0xC3, 0xA9), "f.csv"));
    assertEquals("f.csv, line 2, column '(encoding)': not UTF-8 (byte 0xE9 at byte offset 5, byte 3 of the line); "
        + "save the file as UTF-8, text before it: 'cd'", assertThrows(InputFormatException.class,
            () -> Utf8.decode(bytes(0x61, 0x62, 0x0A, 0x63, 0x64, 0xE9), "f.csv")).getMessage());
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
