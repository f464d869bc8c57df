package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading tables from files: checksum verification, tampering, and every kind of bad input. */
class TableLoadingTest {

  private static final String HEADER = "key,description,unit,value,price_base,source_location,category,confidence,notes\n";
  private static final String GOOD_ROW = "local.crisis-line,Local crisis line call,per contact,45.10,2024/25,"
      + "\"Annual report 2024/25, p. 12\",NHS,,\n";

  @TempDir
  Path dir;

  private static final String[] BUNDLED = {"manifest.json", "ncc/2024-25/ncc-2024-25.csv",
      "ncc/2023-24/ncc-2023-24.csv", "hmt-gdp-deflator/2026-03/gdp-deflator-2026-03.csv"};

  private Path copyBundled() throws IOException {
    for (String file : BUNDLED) {
      try (InputStream in = UnitCosts.class.getResourceAsStream("/io/github/commissioningvfm/unitcosts/data/" + file)) {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      }
    }
    return dir.resolve("manifest.json");
  }

  @Test
  void aCopyOfTheBundledDataLoadsThroughAManifestProvider() throws IOException {
    UnitCosts costs = UnitCosts.builder().addProvider(ManifestProvider.ofDirectory("copy", copyBundled())).build();
    assertEquals(Cost.of("290.84", "2024/25"), costs.get("ncc.mh-care-contact.a21-crisis-cafe-safe-haven").value());
  }

  @Test
  void oneChangedByteFailsTheLoad() throws IOException {
    Path manifest = copyBundled();
    Path csv = dir.resolve("ncc/2024-25/ncc-2024-25.csv");
    byte[] bytes = Files.readAllBytes(csv);
    String expected = ManifestLoader.sha256(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("489.39");
    bytes[at] = (byte) '5';
    Files.write(csv, bytes);
    String actual = ManifestLoader.sha256(bytes);
    TableIntegrityException e = assertThrows(TableIntegrityException.class,
        () -> UnitCosts.builder().addProvider(ManifestProvider.ofDirectory("copy", manifest)).build());
    // the message quotes neither hash nor content of the unverified file; the accessors give both hashes
    assertEquals("Table file '" + csv + "' does not match its manifest: its SHA-256 differs from the manifest's; a "
        + "published edition must not be edited (publish a correction as a new edition)", e.getMessage());
    assertEquals(expected, e.expectedSha256().orElseThrow());
    assertEquals(actual, e.actualSha256().orElseThrow());
    assertEquals(csv.toString(), e.file());
  }

  @Test
  void aMissingFileFailsTheLoad() throws IOException {
    Path manifest = copyBundled();
    Files.delete(dir.resolve("ncc/2023-24/ncc-2023-24.csv"));
    TableIntegrityException e = assertThrows(TableIntegrityException.class,
        () -> ManifestProvider.ofDirectory("copy", manifest).load());
    assertEquals("Manifest '" + manifest + "' lists table file '" + dir.resolve("ncc/2023-24/ncc-2023-24.csv")
        + "', which does not exist", e.getMessage());
  }

  private Path manifestFor(String csv, int rows) throws IOException {
    Path file = dir.resolve("local.csv");
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
    String manifest = "{\n  \"tables\": [\n    {\n      \"source\": \"local\", \"sourceName\": \"Local costs\",\n"
        + "      \"edition\": \"2025-01\", \"path\": \"local.csv\", \"sha256\": \"" + ManifestLoader.sha256(Files.readAllBytes(file))
        + "\",\n      \"rows\": " + rows + ", \"citation\": \"Provider annual report 2024/25\",\n"
        + "      \"licence\": \"internal\", \"retrieved\": \"2025-01-15\"\n    }\n  ]\n}\n";
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, manifest);
    return m;
  }

  private TableFormatException formatError(String csv, int rows) throws IOException {
    Path m = manifestFor(csv, rows);
    return assertThrows(TableFormatException.class, () -> ManifestProvider.ofDirectory("local", m).load());
  }

  private String local() {
    return dir.resolve("local.csv").toString();
  }

  @Test
  void aValidUserTableLoads() throws IOException {
    Path m = manifestFor(HEADER + GOOD_ROW, 1);
    UnitCosts costs = UnitCosts.builder().withStandardProviders().addManifest(m).build();
    UnitCost row = costs.latest("local").get("local.crisis-line");
    assertEquals(Cost.of("45.10", "2024/25"), row.value());
    assertEquals("Annual report 2024/25, p. 12", row.sourceLocation());
    assertEquals(CostCategory.NHS, row.category().orElseThrow());
    assertTrue(row.confidence().isEmpty());
  }

  @Test
  void rowCountMismatch() throws IOException {
    Path m = manifestFor(HEADER + GOOD_ROW, 2);
    TableIntegrityException e = assertThrows(TableIntegrityException.class,
        () -> ManifestProvider.ofDirectory("local", m).load());
    assertEquals("Table file '" + local() + "' does not match its manifest: expected 2 rows, found 1", e.getMessage());
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreAccepted() throws IOException {
    Path m = manifestFor(HEADER + GOOD_ROW, 1);
    UnitCost plain = ManifestProvider.ofDirectory("local", m).load().tables().get(0).rows().get(0);
    Path bom = manifestFor("\uFEFF" + (HEADER + GOOD_ROW).replace("\n", "\r\n"), 1);
    assertEquals(plain, ManifestProvider.ofDirectory("local", bom).load().tables().get(0).rows().get(0));
  }

  @Test
  void missingColumn() throws IOException {
    TableFormatException e = formatError("key,description,unit,price_base,source_location\n", 0);
    assertEquals(local() + ", line 1, column 'value': required column is missing from the header: "
        + "'key,description,unit,price_base,source_location'", e.getMessage());
  }

  @Test
  void unknownColumn() throws IOException {
    TableFormatException e = formatError(HEADER.replace("notes", "note"), 0);
    assertEquals(local() + ", line 1, column '9': unknown column; expected key, description, unit, value, "
        + "price_base, source_location and optionally category, confidence, notes: 'note'", e.getMessage());
  }

  @Test
  void negativeValue() throws IOException {
    TableFormatException e = formatError(HEADER + GOOD_ROW + GOOD_ROW.replace("local.crisis-line", "local.b")
        .replace("45.10", "-3"), 2);
    assertEquals(local() + ", line 3, column 'value': must not be negative: '-3'", e.getMessage());
  }

  @Test
  void nonNumericValue() throws IOException {
    TableFormatException e = formatError(HEADER + GOOD_ROW.replace("45.10", "\"1,045.10\""), 1);
    assertEquals(local() + ", line 2, column 'value': is not a plain decimal number (digits, optional '.', "
        + "no separators or currency signs): '1,045.10'", e.getMessage());
  }

  @Test
  void unknownUnit() throws IOException {
    TableFormatException e = formatError(HEADER + GOOD_ROW.replace("per contact", "per fortnight"), 1);
    assertEquals(local() + ", line 2, column 'unit': unknown unit; expected one of " + CostUnit.allLabels()
        + ": 'per fortnight'", e.getMessage());
  }

  @Test
  void duplicateKey() throws IOException {
    TableFormatException e = formatError(HEADER + GOOD_ROW + GOOD_ROW, 2);
    assertEquals(local() + ", line 3, column 'key': duplicate key, first on line 2: 'local.crisis-line'",
        e.getMessage());
  }

  @Test
  void malformedRowWithTooFewFields() throws IOException {
    TableFormatException e = formatError(HEADER + "local.a,A,per hour,1,2024/25\n", 1);
    assertEquals(local() + ", line 2, column '(row)': expected 9 fields as in the header, found 5: 'local.a,A,per hour,1,2024/25'",
        e.getMessage());
  }

  @Test
  void unclosedQuote() throws IOException {
    TableFormatException e = formatError(HEADER + "local.a,\"A,per hour,1,2024/25,p,,,\n", 1);
    assertEquals(local() + ", line 2, column '2': quoted field is not closed: 'A,per hour,1,2024/25,p,,,\n'",
        e.getMessage());
  }

  @Test
  void badPriceBaseAndKey() throws IOException {
    TableFormatException year = formatError(HEADER + GOOD_ROW.replace("2024/25,", "2024/26,"), 1);
    assertEquals(local() + ", line 2, column 'price_base': is not a financial year such as 2024/25: '2024/26'",
        year.getMessage());
    TableFormatException key = formatError(HEADER + GOOD_ROW.replace("local.crisis-line", "Local Crisis"), 1);
    assertEquals(local() + ", line 2, column 'key': must be lower-case letters and digits in words joined by "
        + "'.' or '-': 'Local Crisis'", key.getMessage());
  }

  @Test
  void invalidUtf8() throws IOException {
    Path file = dir.resolve("bad.csv");
    byte[] head = (HEADER + "local.a,Caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    Files.write(file, bytes);
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> UnitCostTable.fromCsv(file, PriceIndexSeriesTest.edition("1")));
    assertEquals(file + ", line 2, column '(encoding)': not UTF-8 (byte 0xE9 at byte offset 91, byte 12 of the line); save the file as UTF-8, text before it: 'local.a,Caf'", e.getMessage());
  }

  @Test
  void userJsonTableLoadsThroughTheSameValidation() throws IOException {
    Path json = dir.resolve("local.json");
    Files.writeString(json, "[\n  {\"key\": \"local.a\", \"description\": \"A\", \"unit\": \"per hour\", "
        + "\"value\": 52.5, \"price_base\": \"2024/25\", \"source_location\": \"p. 3\"},\n"
        + "  {\"key\": \"local.b\", \"description\": \"B\", \"unit\": \"per hour\", \"value\": \"-1\", "
        + "\"price_base\": \"2024/25\", \"source_location\": \"p. 4\"}\n]\n");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> UnitCostTable.fromJson(json, PriceIndexSeriesTest.edition("1")));
    assertEquals(json + ", line 3, column 'value': must not be negative: '-1'", e.getMessage());
    Files.writeString(json, "[{\"key\": \"local.a\", \"description\": \"A\", \"unit\": \"per hour\", "
        + "\"value\": 52.5, \"price_base\": \"2024/25\", \"source_location\": \"p. 3\"}]");
    UnitCostTable t = UnitCostTable.fromJson(json, PriceIndexSeriesTest.edition("1"));
    assertEquals(Cost.of("52.50", "2024/25"), t.get("local.a").value());
    Files.writeString(json, "[{\"key\": \"local.a\", \"unit\": \"per hour\"}]");
    TableFormatException missing = assertThrows(TableFormatException.class,
        () -> UnitCostTable.fromJson(json, PriceIndexSeriesTest.edition("1")));
    assertEquals(json + ", line 1, column 'description': required field is missing: ''", missing.getMessage());
  }

  @Test
  void manifestCanListAJsonTableWithAliases() throws IOException {
    Path json = dir.resolve("local.json");
    Files.writeString(json, "[{\"key\": \"local.visit\", \"description\": \"Home visit\", \"unit\": \"per contact\", "
        + "\"value\": \"61.20\", \"price_base\": \"2024/25\", \"source_location\": \"Budget 2024/25, line 4\"}]");
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [{\"source\": \"local\", \"sourceName\": \"Local costs\", \"edition\": \"2\", "
        + "\"path\": \"local.json\", \"sha256\": \"" + ManifestLoader.sha256(Files.readAllBytes(json)) + "\", \"rows\": 1, "
        + "\"citation\": \"Budget 2024/25\", \"licence\": \"internal\", \"retrieved\": \"2025-02-01\", "
        + "\"aliases\": {\"local.home-visit\": \"local.visit\"}}]}");
    UnitCosts costs = UnitCosts.builder().addManifest(m).build();
    assertEquals(Cost.of("61.20", "2024/25"), costs.get("local.home-visit").value());
    assertEquals("local.visit", costs.get("local.home-visit").key());
    Files.writeString(m, Files.readString(m).replace("\"local.visit\"}", "\"local.gone\"}"));
    TableFormatException e = assertThrows(TableFormatException.class, () -> UnitCosts.builder().addManifest(m).build());
    assertEquals(m + ", line 1, column 'aliases': Argument 'aliases' must point to a key of the table: "
        + "local.home-visit=local.gone: '{local.home-visit=local.gone}'", e.getMessage());
  }

  @Test
  void userCsvTableLoadsWithoutAManifest() throws IOException {
    Path csv = dir.resolve("own.csv");
    Files.writeString(csv, HEADER + GOOD_ROW);
    UnitCostTable t = UnitCostTable.fromCsv(csv, PriceIndexSeriesTest.edition("1"));
    assertEquals(1, t.size());
    assertEquals("Test source", t.get("local.crisis-line").provenance().source());
  }

  @Test
  void headerMustMatchTheManifestColumns() throws IOException {
    Path m = manifestFor(HEADER + GOOD_ROW, 1);
    String text = Files.readString(m).replace("\"rows\": 1,", "\"rows\": 1, \"columns\": [\"key\", \"description\"],");
    Files.writeString(m, text);
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> ManifestProvider.ofDirectory("local", m).load());
    assertEquals(local() + ", line 1, column '(header)': header does not match the manifest's columns "
        + "key,description: '" + HEADER.strip() + "'", e.getMessage());
  }

  @Test
  void malformedManifest() throws IOException {
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{\"tables\": [{\"source\": \"local\"}]}");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> ManifestProvider.ofDirectory("local", m).load());
    assertEquals(m + ", line 1, column 'path': required field is missing or blank: ''", e.getMessage());
    Files.writeString(m, "{\"tables\": [");
    TableFormatException broken = assertThrows(TableFormatException.class,
        () -> ManifestProvider.ofDirectory("local", m).load());
    assertTrue(broken.getMessage().startsWith(m + ", line 1, column '13': malformed JSON: "), broken.getMessage());
  }
}
