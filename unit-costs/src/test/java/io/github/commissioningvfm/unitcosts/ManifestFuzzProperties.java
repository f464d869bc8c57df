package io.github.commissioningvfm.unitcosts;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import io.github.commissioningvfm.unitcosts.spi.ProvidedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of the manifest reader (and through it the table reader): a valid manifest and table
 * with generated fragments inserted at generated places either load, with every table holding the
 * number of rows its manifest states, or fail with one of the documented exceptions
 * ({@link TableFormatException}, {@link TableIntegrityException}, {@link IllegalArgumentException}
 * for a missing manifest). 500 inputs by default, {@code -Dfuzz.examples} in the {@code fuzz}
 * profile.
 */
class ManifestFuzzProperties {

  private static final int EXAMPLES = Integer.getInteger("fuzz.examples", 500);
  private static final String TABLE = "key,description,unit,value,price_base,source_location\n"
      + "local.a,A,per hour,52.50,2024/25,p. 3\nlocal.b,\"B, with comma\",per hour,1.5,2024/25,p. 4\n";
  private static final List<String> FRAGMENTS = List.of("\"", ",", "{", "}", "[", "]", ":", "1", "-1", "1e999",
      "\"tables\"", "\"rows\": 2", "null", "true", "../", "\n", "\r\n", "\uFEFF", "x", "\"path\": \"t.csv\"",
      "\\u0000", "\u00e9", "0.5", "\"indices\": []");

  @TempDir
  Path dir;

  private String manifest(String sha) {
    return "{\"formatVersion\": 1, \"tables\": [{\"source\": \"local\", \"sourceName\": \"Local\", \"edition\": \"1\", "
        + "\"path\": \"t.csv\", \"sha256\": \"" + sha + "\", \"rows\": 2, \"citation\": \"Budget\", "
        + "\"licence\": \"internal\", \"retrieved\": \"2025-02-01\"}]}";
  }

  private static String insert(String base, List<Integer> picks) {
    StringBuilder s = new StringBuilder(base);
    for (int i = 0; i + 1 < picks.size(); i += 2) {
      int at = Math.floorMod(picks.get(i) * 7919, s.length() + 1);
      s.insert(at, FRAGMENTS.get(Math.floorMod(picks.get(i + 1), FRAGMENTS.size())));
    }
    return s.toString();
  }

  private boolean loadsOrFailsAsDocumented(String manifestText, String tableText, boolean fixHash) {
    try {
      Path table = dir.resolve("t.csv");
      Files.writeString(table, tableText);
      String sha = ManifestLoader.sha256(Files.readAllBytes(table));
      Path m = dir.resolve("manifest.json");
      Files.writeString(m, fixHash ? manifestText.replace("SHA", sha) : manifestText);
      try {
        ProvidedData data = ManifestProvider.ofDirectory("local", m).load();
        // counts add up: every table listed was loaded with its stated number of rows
        return data.tables().stream().allMatch(t -> t.size() == 2 && t.rows().stream()
            .allMatch(r -> r.value().compareTo(Cost.zero(r.value().priceBase())) >= 0));
      } catch (TableFormatException | TableIntegrityException e) {
        return e.getMessage() != null && e.getMessage().length() < 2_000;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void fuzzedManifests() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 8))
        .check(picks -> loadsOrFailsAsDocumented(insert(manifest("SHA"), picks), TABLE, true));
  }

  @Test
  void fuzzedTablesBehindAMatchingHash() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 8))
        .check(picks -> loadsOrFailsAsDocumented(manifest("SHA"), insert(TABLE, picks), true));
  }
}
