package io.github.commissioningvfm.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a {@link Reader}'s text, encoded a buffer at a time, so that text held as
 * characters can be read by {@link CsvStream}. A lone surrogate (not valid text) becomes {@code ?}.
 */
final class Utf8EncodingStream extends InputStream {

  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 8);
  private boolean endOfText;
  private boolean flushed;

  Utf8EncodingStream(Reader reader) {
    this.reader = reader;
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      refill();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private void refill() throws IOException {
    bytes.clear();
    if (!endOfText) {
      int n = reader.read(chars);
      if (n < 0) {
        endOfText = true;
      }
    }
    chars.flip();
    encoder.encode(chars, bytes, endOfText);
    chars.compact();
    if (endOfText) {
      encoder.flush(bytes);
      flushed = true;
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
