package io.github.commissioningvfm.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsARegularFileWithinTheCap() throws IOException {
    Path f = dir.resolve("a.csv");
    byte[] bytes = new byte[20_000];
    bytes[19_999] = 7;
    Files.write(f, bytes);
    assertArrayEquals(bytes, InputFiles.read(f, 20_000));
  }

  @Test
  void refusesAFileOverTheCapNamingTheLimit() throws IOException {
    Path f = dir.resolve("big.csv");
    Files.write(f, new byte[101]);
    InputFormatException e = assertThrows(InputFormatException.class, () -> InputFiles.read(f, 100));
    assertEquals(f + ", line 0, column '(file)': is larger than the limit of 100 bytes: '" + f + "'", e.getMessage());
  }

  @Test
  void refusesADirectoryAndAMissingFile() {
    assertEquals("is not a regular file (a directory, device or pipe is never read)",
        assertThrows(InputFormatException.class, () -> InputFiles.read(dir, 100)).problem());
    Path missing = dir.resolve("none.csv");
    assertEquals("File '" + missing + "' does not exist",
        assertThrows(IllegalArgumentException.class, () -> InputFiles.read(missing, 100)).getMessage());
  }

  @Test
  void anEndlessStreamIsCutAtTheCap() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> InputFiles.readAtMost(endless, 50_000, "/dev/zero"));
    assertEquals("is larger than the limit of 50000 bytes", e.problem());
  }

  @Test
  void aStreamOfExactlyTheCapIsRead() throws IOException {
    byte[] bytes = new byte[16_385];
    assertEquals(16_385, InputFiles.readAtMost(new ByteArrayInputStream(bytes), 16_385, "s").length);
    assertEquals(0, InputFiles.readAtMost(new ByteArrayInputStream(new byte[0]), 0, "s").length);
  }

  @Test
  void theExceptionCutsTheValueAtOneHundredCharactersAndKeepsItsParts() {
    InputFormatException exact = new InputFormatException("f", 3, "c", "x".repeat(100), "bad");
    assertEquals("x".repeat(100), exact.value());
    InputFormatException longer = new InputFormatException("f", 3, "c", "x".repeat(101), "bad");
    assertEquals("x".repeat(100) + "...(101 chars)", longer.value());
    assertEquals("f, line 3, column 'c': bad: '" + longer.value() + "'", longer.getMessage());
    assertEquals("bad", longer.problem());
    assertEquals("null", InputFormatException.cut(null));
  }
}
