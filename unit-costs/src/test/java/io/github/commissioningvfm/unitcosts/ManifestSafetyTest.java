package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A manifest may only make the loader read regular files inside its own folder. */
class ManifestSafetyTest {

  private static final String ROW = "key,description,unit,value,price_base,source_location\n"
      + "local.a,A,per hour,52.50,2024/25,p. 3\n";

  @TempDir
  Path dir;

  private Path manifest(String path, String sha, String extraTop) throws IOException {
    Path m = dir.resolve("data/manifest.json");
    Files.createDirectories(m.getParent());
    Files.writeString(m, "{" + extraTop + "\"tables\": [{\"source\": \"local\", \"sourceName\": \"Local\", "
        + "\"edition\": \"1\", \"path\": \"" + path + "\", \"sha256\": \"" + sha + "\", \"rows\": 1, "
        + "\"citation\": \"Budget\", \"licence\": \"internal\", \"retrieved\": \"2025-02-01\"}]}");
    return m;
  }

  private TableFormatException failure(Path m) {
    return assertThrows(TableFormatException.class, () -> ManifestProvider.ofDirectory("local", m).load());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../t.csv", "/etc/passwd", "a/../../t.csv", "./t.csv", "a//t.csv", "C:t.csv", "a\\\\t.csv"})
  void aPathThatLeavesTheFolderIsRefusedUnread(String path) throws IOException {
    Files.writeString(dir.resolve("t.csv"), ROW);
    Path m = manifest(path, "0".repeat(64), "");
    TableFormatException e = failure(m);
    assertEquals("must be a relative path inside the manifest's folder ('/'-separated, no '.', '..' or drive)",
        e.problem());
    assertEquals("path", e.column());
  }

  @Test
  void aLinkOutOfTheFolderIsRefused() throws IOException {
    Path outside = dir.resolve("secret.csv");
    Files.writeString(outside, ROW);
    Path m = manifest("t.csv", ManifestLoader.sha256(Files.readAllBytes(outside)), "");
    Files.createSymbolicLink(dir.resolve("data/t.csv"), outside);
    TableFormatException e = failure(m);
    assertEquals(dir.resolve("data/t.csv") + ", line 0, column 'path': resolves outside the manifest's folder "
        + "(through a link); refused: 't.csv'", e.getMessage());
  }

  @Test
  void aFifoOrDirectoryIsNeverOpened() throws IOException, InterruptedException {
    Path m = manifest("sub", "0".repeat(64), "");
    Files.createDirectories(dir.resolve("data/sub"));
    assertEquals("is not a regular file (a directory, device or pipe is never read)", failure(m).problem());
    Path fifo = dir.resolve("data/pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if (mkfifo.waitFor() == 0) {
      Path pm = manifest("pipe.csv", "0".repeat(64), "");
      assertEquals("is not a regular file (a directory, device or pipe is never read)", failure(pm).problem());
    }
  }

  @Test
  void aMisspeltSectionIsRefusedInsteadOfLoadingNothing() throws IOException {
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"table\": []}");
    assertEquals(m + ", line 1, column 'table': unknown top-level key; a manifest has only 'formatVersion', "
        + "'tables' and 'indices': 'table'", failure(m).getMessage());
    Files.writeString(m, "{\"formatVersion\": 2, \"tables\": []}");
    assertEquals(m + ", line 1, column 'formatVersion': unsupported format version; expected 1: '2'",
        failure(m).getMessage());
  }

  @Test
  void anUnknownOrDuplicatedEntryKeyIsRefused() throws IOException {
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [{\"source\": \"local\", \"sha265\": \"x\"}]}");
    assertEquals("unknown key in a manifest entry; expected source, sourceName, edition, path, sha256, rows, "
        + "citation, licence, retrieved, amends, aliases, columns", failure(m).problem());
    Files.writeString(m, "{\"tables\": [], \"tables\": []}");
    TableFormatException e = failure(m);
    assertEquals("key is duplicated (Duplicate field 'tables')", e.problem());
  }

  @Test
  void aChecksumFailureQuotesNeitherContentNorHash() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("t.csv"), "TOP SECRET CONTENT\n");
    Path m = manifest("t.csv", "a".repeat(64), "");
    TableIntegrityException e = assertThrows(TableIntegrityException.class,
        () -> ManifestProvider.ofDirectory("local", m).load());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertFalse(e.getMessage().contains("a".repeat(64)), e.getMessage());
    assertFalse(e.getMessage().contains(e.actualSha256().orElseThrow()), e.getMessage());
  }
}
