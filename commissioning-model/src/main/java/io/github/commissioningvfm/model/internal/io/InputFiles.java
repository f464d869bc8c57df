package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reading a whole input file with a size cap: only a regular file is opened (never a directory, a
 * FIFO or a device such as {@code /dev/zero}, which would hang or fill memory), and no more than
 * the cap is ever read, even if the file grows while it is read.
 */
public final class InputFiles {

  /** The default cap: 256 MiB, far above any table the library reads. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private InputFiles() {
  }

  /**
   * Reads a regular file (following links) of at most {@code maxBytes} bytes.
   *
   * @param file the file
   * @param maxBytes the largest size accepted
   * @return its bytes
   * @throws IllegalArgumentException naming the file if it does not exist
   * @throws InputFormatException if it is not a regular file or is larger than the cap
   */
  public static byte[] read(Path file, long maxBytes) {
    String name = file.toString();
    checkRegular(file, maxBytes);
    try {
      try (InputStream in = Files.newInputStream(file, new LinkOption[0])) {
        return readAtMost(in, maxBytes, name);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("File '" + name + "' does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + name + "'", e);
    }
  }

  /**
   * Reads a stream to its end, refusing more than {@code maxBytes} bytes.
   *
   * @param in the stream
   * @param maxBytes the largest size accepted
   * @param name the input's name for messages
   * @return the bytes
   * @throws IOException if the stream fails
   */
  public static byte[] readAtMost(InputStream in, long maxBytes, String name) throws IOException {
    byte[] buffer = new byte[8192];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        long grown = Math.min(2L * buffer.length, maxBytes + 1);
        buffer = Arrays.copyOf(buffer, (int) Math.min(grown, Integer.MAX_VALUE - 8));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (length > maxBytes) {
        throw tooLarge(name, maxBytes);
      }
    }
    return Arrays.copyOf(buffer, length);
  }

  /**
   * Refuses a path that does not exist, is not a regular file (following links) or is larger
   * than the cap, before it is opened.
   *
   * @param file the file
   * @param maxBytes the largest size accepted
   * @throws IllegalArgumentException naming the file if it does not exist
   * @throws InputFormatException if it is not a regular file or is larger than the cap
   */
  public static void checkRegular(Path file, long maxBytes) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("File '" + name + "' does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputFormatException(name, 0, "(file)", name, "is not a regular file (a directory, device or pipe "
          + "is never read)");
    }
    try {
      if (Files.size(file) > maxBytes) {
        throw tooLarge(name, maxBytes);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("File '" + name + "' does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + name + "'", e);
    }
  }

  static InputFormatException tooLarge(String name, long maxBytes) {
    return new InputFormatException(name, 0, "(file)", name, "is larger than the limit of " + maxBytes + " bytes");
  }
}
