package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.IndexForm;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.TableIntegrityException;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.spi.ProvidedData;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads every table and index a {@code manifest.json} lists, verifying each file's SHA-256 and
 * row count before reading it. Loading is all or nothing: the first failure throws and nothing
 * is returned.
 *
 * <p>Manifest shape: {@code {"tables": [entry...], "indices": [entry...]}}. A table entry has
 * {@code source, sourceName, edition, path, sha256, rows, citation, licence, retrieved} and
 * optionally {@code amends}, {@code aliases} (old key to current key) and {@code columns} (the
 * header the file must have); an index entry has the
 * same plus {@code index, name, form} ({@code "level"} or {@code "annual-percent-change"}).
 *
 * <p>Text fields are JSON strings (a number is read as its literal); {@code rows} is a JSON
 * number written as a whole number; {@code retrieved} is a calendar date {@code yyyy-MM-dd};
 * {@code aliases} is an object whose values are strings; {@code columns} an array of strings.
 * Each file is read once: its SHA-256 is checked on the bytes read, then the same bytes are
 * decoded and parsed once for the header check and the rows.
 */
public final class ManifestLoader {

  private ManifestLoader() {
  }

  /**
   * Loads a manifest and everything it lists.
   *
   * @param source where the manifest and its files are
   * @param manifestPath the manifest's path within the source
   * @return the verified tables and indices
   * @throws TableIntegrityException for a missing file, a checksum or row-count mismatch
   * @throws TableFormatException for a malformed manifest or file
   */
  public static ProvidedData load(ResourceSource source, String manifestPath) {
    String manifestName = source.describe(manifestPath);
    Optional<byte[]> manifest = source.read(manifestPath);
    if (manifest.isEmpty()) {
      throw new IllegalArgumentException("Manifest '" + manifestName + "' does not exist");
    }
    JsonValue root = JsonReader.parse(manifest.get(), manifestName);
    expect(root, JsonValue.Kind.OBJECT, manifestName, "a JSON object");
    List<UnitCostTable> tables = new ArrayList<>();
    List<PriceIndexSeries> indices = new ArrayList<>();
    for (Map.Entry<String, JsonValue> member : root.members().entrySet()) {
      String section = member.getKey();
      boolean isTables = section.equals("tables");
      if (!isTables && !section.equals("indices")) {
        continue;
      }
      JsonValue list = member.getValue();
      expect(list, JsonValue.Kind.ARRAY, manifestName, "an array for '" + section + "'");
      for (JsonValue item : list.items()) {
        expect(item, JsonValue.Kind.OBJECT, manifestName, "an object for each entry of '" + section + "'");
        Entry e = new Entry(item, manifestName, item.line());
        if (isTables) {
          tables.add(table(source, e));
        } else {
          indices.add(index(source, e));
        }
      }
    }
    return new ProvidedData(tables, indices);
  }

  private static UnitCostTable table(ResourceSource source, Entry e) {
    String path = e.text("path");
    String file = source.describe(path);
    EditionInfo edition = edition(e, file);
    byte[] bytes = verified(source, e, path, file);
    List<UnitCost> rows;
    if (path.toLowerCase(Locale.ROOT).endsWith(".json")) {
      rows = TableReader.readJson(bytes, file, edition);
    } else {
      List<CsvParser.Record> records = CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false);
      checkColumns(e, records, file);
      rows = TableReader.readCsv(records, file, edition);
    }
    checkRows(e, file, rows.size());
    Map<String, String> aliases = new LinkedHashMap<>();
    Optional<JsonValue> aliasNode = e.node.member("aliases");
    if (aliasNode.isPresent()) {
      JsonValue node = aliasNode.get();
      expect(node, JsonValue.Kind.OBJECT, e.manifest, "an object of old key to current key for 'aliases'");
      for (Map.Entry<String, JsonValue> a : node.members().entrySet()) {
        if (a.getValue().kind() != JsonValue.Kind.STRING) {
          throw new TableFormatException(e.manifest, a.getValue().line(), "aliases", a.getValue().toString(),
              "expected the current key as a string for '" + a.getKey() + "'");
        }
        aliases.put(a.getKey(), a.getValue().text());
      }
    }
    try {
      return UnitCostTable.of(edition, rows, aliases);
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "aliases", aliasNode.isEmpty() ? "" : aliasNode.get().toString(),
          ex.getMessage());
    }
  }

  private static PriceIndexSeries index(ResourceSource source, Entry e) {
    String path = e.text("path");
    String file = source.describe(path);
    EditionInfo edition = edition(e, file);
    String index = e.text("index");
    String name = e.text("name");
    String formText = e.text("form");
    IndexForm form = switch (formText) {
      case "level" -> IndexForm.LEVEL;
      case "annual-percent-change" -> IndexForm.ANNUAL_PERCENT_CHANGE;
      default -> throw new TableFormatException(e.manifest, e.line, "form", formText,
          "expected 'level' or 'annual-percent-change'");
    };
    byte[] bytes = verified(source, e, path, file);
    List<CsvParser.Record> records = CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false);
    checkColumns(e, records, file);
    TableReader.IndexRows read = TableReader.readIndexCsv(records, file);
    Map<FinancialYear, BigDecimal> values = read.values();
    checkRows(e, file, values.size());
    try {
      PriceIndexSeries series = form == IndexForm.LEVEL
          ? PriceIndexSeries.ofLevels(index, name, edition, values)
          : PriceIndexSeries.ofAnnualChanges(index, name, edition, values);
      return series.withNotes(read.notes());
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(file, 1, "value", values.toString(), ex.getMessage());
    }
  }

  private static EditionInfo edition(Entry e, String file) {
    EditionInfo.Builder b = EditionInfo.builder()
        .source(e.text("source"))
        .sourceName(e.text("sourceName"))
        .edition(e.text("edition"))
        .citation(e.text("citation"))
        .licence(e.text("licence"))
        .file(file);
    String retrieved = e.text("retrieved");
    b.retrieved(date(retrieved, e));
    Optional<JsonValue> amends = e.node.member("amends");
    if (amends.isPresent() && amends.get().kind() != JsonValue.Kind.NULL) {
      b.amends(e.text("amends"));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "source", e.text("source"), ex.getMessage());
    }
  }

  /**
   * Parses an ISO date {@code yyyy-MM-dd} by hand: the same strict rule as {@code LocalDate.parse}
   * (four-digit year, two-digit month and day, a real calendar date) without loading the
   * date-time formatter machinery on the load path.
   */
  private static LocalDate date(String text, Entry e) {
    boolean shape = text.length() == 10;
    for (int i = 0; shape && i < 10; i++) {
      char c = text.charAt(i);
      shape = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
    }
    if (!shape) {
      throw notADate(text, e);
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException ex) {
      throw notADate(text, e);
    }
  }

  private static TableFormatException notADate(String text, Entry e) {
    return new TableFormatException(e.manifest, e.line, "retrieved", text, "is not a date such as 2026-11-23");
  }

  private static byte[] verified(ResourceSource source, Entry e, String path, String file) {
    Optional<byte[]> read = source.read(path);
    if (read.isEmpty()) {
      throw TableIntegrityException.missingFile(file, e.manifest);
    }
    byte[] bytes = read.get();
    String expected = e.text("sha256").toLowerCase(Locale.ROOT);
    String actual = Sha256.hex(bytes);
    if (!expected.equals(actual)) {
      throw TableIntegrityException.checksumMismatch(file, expected, actual);
    }
    return bytes;
  }

  private static void checkColumns(Entry e, List<CsvParser.Record> records, String file) {
    Optional<JsonValue> columns = e.node.member("columns");
    if (columns.isEmpty()) {
      return;
    }
    JsonValue list = columns.get();
    expect(list, JsonValue.Kind.ARRAY, e.manifest, "an array of column names for 'columns'");
    List<String> expected = new ArrayList<>();
    for (JsonValue c : list.items()) {
      if (!c.isText()) {
        throw new TableFormatException(e.manifest, c.line(), "columns", c.toString(), "expected a column name");
      }
      expected.add(c.text());
    }
    List<String> actual = records.isEmpty() ? List.of() : records.get(0).fields();
    if (!actual.equals(expected)) {
      throw new TableFormatException(file, 1, "(header)", String.join(",", actual),
          "header does not match the manifest's columns " + String.join(",", expected));
    }
  }

  private static void checkRows(Entry e, String file, int actual) {
    Optional<JsonValue> node = e.node.member("rows");
    int rows = node.isPresent() ? wholeNumber(node.get()) : -1;
    if (rows < 0) {
      throw new TableFormatException(e.manifest, e.line, "rows", node.isEmpty() ? "" : node.get().toString(),
          "required whole number is missing");
    }
    if (rows != actual) {
      throw TableIntegrityException.rowCountMismatch(file, rows, actual);
    }
  }

  /** A JSON number written as a non-negative integer that fits an int, else -1. */
  private static int wholeNumber(JsonValue value) {
    String text = value.text();
    if (value.kind() != JsonValue.Kind.NUMBER || text.length() > 9) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }

  private static void expect(JsonValue value, JsonValue.Kind kind, String manifest, String what) {
    if (value.kind() != kind) {
      throw new TableFormatException(manifest, value.line(), String.valueOf(value.column()), value.toString(),
          "expected " + what);
    }
  }

  private record Entry(JsonValue node, String manifest, int line) {
    String text(String field) {
      Optional<JsonValue> value = node.member(field);
      if (value.isEmpty() || !value.get().isText() || value.get().text().isBlank()) {
        throw new TableFormatException(manifest, line, field, value.isEmpty() ? "" : value.get().toString(),
            "required field is missing or blank");
      }
      return value.get().text();
    }
  }
}
