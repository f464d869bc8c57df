package io.github.commissioningvfm.unitcosts.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.IndexForm;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.TableIntegrityException;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.spi.ProvidedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 */
public final class ManifestLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

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
    byte[] manifest = source.read(manifestPath)
        .orElseThrow(() -> new IllegalArgumentException("Manifest '" + manifestName + "' does not exist"));
    List<UnitCostTable> tables = new ArrayList<>();
    List<PriceIndexSeries> indices = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(manifest)) {
      expect(parser.nextToken() == JsonToken.START_OBJECT, parser, manifestName, "a JSON object");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String section = parser.currentName();
        parser.nextToken();
        if (!section.equals("tables") && !section.equals("indices")) {
          parser.skipChildren();
          continue;
        }
        expect(parser.currentToken() == JsonToken.START_ARRAY, parser, manifestName, "an array for '" + section + "'");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          int line = parser.currentTokenLocation().getLineNr();
          JsonNode entry = parser.readValueAsTree();
          Entry e = new Entry(entry, manifestName, line);
          if (section.equals("tables")) {
            tables.add(table(source, e));
          } else {
            indices.add(index(source, e));
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw TableReader.malformedJson(manifestName, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read manifest '" + manifestName + "'", e);
    }
    return new ProvidedData(tables, indices);
  }

  private static UnitCostTable table(ResourceSource source, Entry e) {
    String path = e.text("path");
    EditionInfo edition = edition(source, e, path);
    byte[] bytes = verified(source, e, path);
    String file = source.describe(path);
    checkColumns(e, bytes, file);
    List<UnitCost> rows = path.toLowerCase(Locale.ROOT).endsWith(".json")
        ? TableReader.readJson(bytes, file, edition)
        : TableReader.readCsv(bytes, file, edition);
    checkRows(e, file, rows.size());
    Map<String, String> aliases = new LinkedHashMap<>();
    JsonNode aliasNode = e.node.get("aliases");
    if (aliasNode != null) {
      Iterator<Map.Entry<String, JsonNode>> it = aliasNode.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> a = it.next();
        aliases.put(a.getKey(), a.getValue().asText());
      }
    }
    try {
      return UnitCostTable.of(edition, rows, aliases);
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "aliases", aliasNode == null ? "" : aliasNode.toString(),
          ex.getMessage());
    }
  }

  private static PriceIndexSeries index(ResourceSource source, Entry e) {
    String path = e.text("path");
    EditionInfo edition = edition(source, e, path);
    String index = e.text("index");
    String name = e.text("name");
    String formText = e.text("form");
    IndexForm form = switch (formText) {
      case "level" -> IndexForm.LEVEL;
      case "annual-percent-change" -> IndexForm.ANNUAL_PERCENT_CHANGE;
      default -> throw new TableFormatException(e.manifest, e.line, "form", formText,
          "expected 'level' or 'annual-percent-change'");
    };
    byte[] bytes = verified(source, e, path);
    String file = source.describe(path);
    checkColumns(e, bytes, file);
    TableReader.IndexRows read = TableReader.readIndexCsv(bytes, file);
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

  private static EditionInfo edition(ResourceSource source, Entry e, String path) {
    EditionInfo.Builder b = EditionInfo.builder()
        .source(e.text("source"))
        .sourceName(e.text("sourceName"))
        .edition(e.text("edition"))
        .citation(e.text("citation"))
        .licence(e.text("licence"))
        .file(source.describe(path));
    String retrieved = e.text("retrieved");
    try {
      b.retrieved(LocalDate.parse(retrieved));
    } catch (DateTimeParseException ex) {
      throw new TableFormatException(e.manifest, e.line, "retrieved", retrieved, "is not a date such as 2026-11-23");
    }
    if (e.node.hasNonNull("amends")) {
      b.amends(e.text("amends"));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "source", e.text("source"), ex.getMessage());
    }
  }

  private static byte[] verified(ResourceSource source, Entry e, String path) {
    String file = source.describe(path);
    byte[] bytes = source.read(path).orElseThrow(() -> TableIntegrityException.missingFile(file, e.manifest));
    String expected = e.text("sha256").toLowerCase(Locale.ROOT);
    String actual = Sha256.hex(bytes);
    if (!expected.equals(actual)) {
      throw TableIntegrityException.checksumMismatch(file, expected, actual);
    }
    return bytes;
  }

  private static void checkColumns(Entry e, byte[] bytes, String file) {
    JsonNode columns = e.node.get("columns");
    if (columns == null || file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return;
    }
    List<String> expected = new ArrayList<>();
    columns.forEach(c -> expected.add(c.asText()));
    List<CsvParser.Record> records = CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false);
    List<String> actual = records.isEmpty() ? List.of() : records.get(0).fields();
    if (!actual.equals(expected)) {
      throw new TableFormatException(file, 1, "(header)", String.join(",", actual),
          "header does not match the manifest's columns " + String.join(",", expected));
    }
  }

  private static void checkRows(Entry e, String file, int actual) {
    JsonNode rows = e.node.get("rows");
    if (rows == null || !rows.canConvertToInt()) {
      throw new TableFormatException(e.manifest, e.line, "rows", rows == null ? "" : rows.toString(),
          "required whole number is missing");
    }
    if (rows.asInt() != actual) {
      throw TableIntegrityException.rowCountMismatch(file, rows.asInt(), actual);
    }
  }

  private static void expect(boolean ok, JsonParser parser, String manifest, String what) {
    if (!ok) {
      JsonLocation at = parser.currentTokenLocation();
      throw new TableFormatException(manifest, at.getLineNr(), String.valueOf(at.getColumnNr()),
          String.valueOf(parser.currentToken()), "expected " + what);
    }
  }

  private record Entry(JsonNode node, String manifest, int line) {
    String text(String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isValueNode() || value.asText().isBlank()) {
        throw new TableFormatException(manifest, line, field, value == null ? "" : value.toString(),
            "required field is missing or blank");
      }
      return value.asText();
    }
  }
}
