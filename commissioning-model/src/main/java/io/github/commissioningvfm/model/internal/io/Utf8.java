package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding of a whole file held in memory. A byte that is not UTF-8 is reported at its
 * true line and byte offset, e.g. {@code not UTF-8 (byte 0xA3 at byte offset 57)}: the whole input
 * is decoded in one pass, so no read-ahead buffer moves the position. A UTF-16 or UTF-32 byte order
 * mark is refused with a message that says so. A UTF-8 byte order mark is kept as U+FEFF for the
 * caller (the CSV reader drops it).
 */
public final class Utf8 {

  private Utf8() {
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @return the text
   * @throws InputFormatException for a UTF-16/32 byte order mark or a byte sequence that is not UTF-8
   */
  public static String decode(byte[] bytes, String file) {
    String bom = utf16Or32Bom(bytes);
    if (bom != null) {
      throw wideBom(file, bom);
    }
    // The String constructor replaces each malformed sequence with U+FFFD, so text without U+FFFD
    // came from valid UTF-8; otherwise the strict decoder finds the first bad byte.
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
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      throw notUtf8(file, line, before, bytes[offset], offset, offset - lineStart + 1L);
    }
    out.flip();
    return out.toString();
  }

  /** The refusal of a UTF-16 or UTF-32 byte order mark, e.g. {@code "UTF-16 LE"}. */
  static InputFormatException wideBom(String file, String bom) {
    return new InputFormatException(file, 1, "(encoding)", bom, "starts with a " + bom.substring(0, 6)
        + " byte order mark; save the file as UTF-8");
  }

  /**
   * The refusal of a byte that is not UTF-8.
   *
   * @param file the file name
   * @param line the 1-based line (count of LF bytes before the byte, plus one)
   * @param before the text of the line before the byte
   * @param bad the byte
   * @param offset its 0-based offset in the file
   * @param ofLine its 1-based position in the line
   */
  static InputFormatException notUtf8(String file, int line, String before, byte bad, long offset, long ofLine) {
    return new InputFormatException(file, line, "(encoding)", before,
        String.format(Locale.ROOT, "not UTF-8 (byte 0x%02X at byte offset %d, byte %d of the line); "
            + "save the file as UTF-8, text before it", bad & 0xFF, offset, ofLine));
  }

  /** The UTF-16/32 byte order mark the bytes start with, or null. */
  static String utf16Or32Bom(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32 BE";
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32 LE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16 BE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16 LE";
    }
    return null;
  }
}
