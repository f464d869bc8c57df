package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifest entries and JSON tables whose values have the wrong JSON type or shape. */
class ManifestStrictnessTest {

  private static final String ROW = "key,description,unit,value,price_base,source_location\n"
      + "local.a,A,per hour,52.50,2024/25,p. 3\n";

  @TempDir
  Path dir;

  private Path manifest(String file, String content, String extra) throws IOException {
    Path table = dir.resolve(file);
    Files.writeString(table, content);
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [{\"source\": \"local\", \"sourceName\": \"Local\", \"edition\": \"1\", "
        + "\"path\": \"" + file + "\", \"sha256\": \"" + ManifestLoader.sha256(Files.readAllBytes(table)) + "\", "
        + "\"citation\": \"Budget\", \"licence\": \"internal\"" + extra + "}]}");
    return m;
  }

  private TableFormatException failure(Path m) {
    return assertThrows(TableFormatException.class, () -> ManifestProvider.ofDirectory("local", m).load());
  }

  @Test
  void rowsMustBeAWholeJsonNumber() throws IOException {
    String date = ", \"retrieved\": \"2025-02-01\"";
    assertEquals(1, ManifestProvider.ofDirectory("local", manifest("t.csv", ROW, date + ", \"rows\": 1")).load()
        .tables().get(0).size());
    Path fraction = manifest("t.csv", ROW, date + ", \"rows\": 1.0");
    assertEquals(fraction + ", line 1, column 'rows': required whole number is missing: '1.0'",
        failure(fraction).getMessage());
    Path text = manifest("t.csv", ROW, date + ", \"rows\": \"1\"");
    assertEquals(text + ", line 1, column 'rows': required whole number is missing: '\"1\"'", failure(text).getMessage());
  }

  @Test
  void retrievedMustBeARealCalendarDate() throws IOException {
    Path m = manifest("t.csv", ROW, ", \"rows\": 1, \"retrieved\": \"2025-02-30\"");
    assertEquals(m + ", line 1, column 'retrieved': is not a date such as 2026-11-23: '2025-02-30'",
        failure(m).getMessage());
    Path shape = manifest("t.csv", ROW, ", \"rows\": 1, \"retrieved\": \"2025-2-01\"");
    assertEquals(shape + ", line 1, column 'retrieved': is not a date such as 2026-11-23: '2025-2-01'",
        failure(shape).getMessage());
  }

  @Test
  void requiredFieldsMustBeTextNotNullOrBoolean() throws IOException {
    Path m = manifest("t.csv", ROW, ", \"rows\": 1, \"retrieved\": null");
    assertEquals(m + ", line 1, column 'retrieved': required field is missing or blank: 'null'", failure(m).getMessage());
  }

  @Test
  void aliasesMustMapKeysToKeys() throws IOException {
    Path m = manifest("t.csv", ROW, ", \"rows\": 1, \"retrieved\": \"2025-02-01\", \"aliases\": {\"local.b\": 7}");
    assertEquals(m + ", line 1, column 'aliases': expected the current key as a string for 'local.b': '7'",
        failure(m).getMessage());
    Path list = manifest("t.csv", ROW, ", \"rows\": 1, \"retrieved\": \"2025-02-01\", \"aliases\": [\"local.b\"]");
    assertEquals(list + ", line 1, column 'aliases': expected an object of old key to current key for 'aliases': '['",
        failure(list).getMessage());
  }

  @Test
  void everyTableEntryMustBeAnObject() throws IOException {
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [\n  \"t.csv\"\n]}");
    assertEquals(m + ", line 2, column 'tables': expected an object for each entry of 'tables': '\"t.csv\"'",
        failure(m).getMessage());
  }

  @Test
  void jsonTableNumbersAreReadExactly() throws IOException {
    String date = ", \"rows\": 1, \"retrieved\": \"2025-02-01\"";
    Path exponent = manifest("t.json", "[{\"key\": \"local.a\", \"description\": \"A\", \"unit\": \"per hour\", "
        + "\"value\": 5.25e1, \"price_base\": \"2024/25\", \"source_location\": \"p. 3\"}]", date);
    // 5.25e1 = 5.25 * 10 = 52.5 exactly.
    assertEquals(Cost.of("52.50", "2024/25"),
        ManifestProvider.ofDirectory("local", exponent).load().tables().get(0).get("local.a").value());
    Path huge = manifest("t.json", "[{\"key\": \"local.a\", \"description\": \"A\", \"unit\": \"per hour\", "
        + "\"value\": 1e999999999, \"price_base\": \"2024/25\", \"source_location\": \"p. 3\"}]", date);
    assertEquals(dir.resolve("t.json") + ", line 1, column 'value': number is out of range (at most 200 digits, "
        + "exponent within -200..200): '1e999999999'", failure(huge).getMessage());
    Path bool = manifest("t.json", "[{\"key\": \"local.a\", \"description\": true}]", date);
    assertEquals(dir.resolve("t.json") + ", line 1, column 'description': expected a string or a number: 'true'",
        failure(bool).getMessage());
    Path notRows = manifest("t.json", "[[1]]", date);
    assertEquals(dir.resolve("t.json") + ", line 1, column '(document)': expected a row object: '['",
        failure(notRows).getMessage());
    Path notArray = manifest("t.json", "{}", date);
    assertEquals(dir.resolve("t.json") + ", line 1, column '(document)': expected a JSON array of row objects: '{'",
        failure(notArray).getMessage());
  }
}
