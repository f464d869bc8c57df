package io.github.commissioningvfm.unitcosts.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostCategory;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.UnitCost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads unit-cost rows and index values from the library's CSV and JSON formats, validating every
 * cell and naming file, line and column for the first bad one.
 *
 * <p>Unit-cost columns: {@code key, description, unit, value, price_base, source_location}
 * (required) and {@code category, confidence, notes} (optional). Index columns:
 * {@code year, value} (required) and {@code notes} (optional).
 */
public final class TableReader {

  /** The required columns of a unit-cost table, in the order the library writes them. */
  public static final List<String> REQUIRED = List.of("key", "description", "unit", "value", "price_base",
      "source_location");
  /** The optional columns of a unit-cost table. */
  public static final List<String> OPTIONAL = List.of("category", "confidence", "notes");
  private static final List<String> INDEX_REQUIRED = List.of("year", "value");
  private static final List<String> INDEX_OPTIONAL = List.of("notes");

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern SIGNED = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TableReader() {
  }

  /**
   * Reads a whole file.
   *
   * @param path the file
   * @return its bytes
   * @throws IllegalArgumentException naming the file if it does not exist
   */
  public static byte[] readFile(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Table file '" + path + "' does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table file '" + path + "'", e);
    }
  }

  /**
   * Reads unit-cost rows from CSV in the library's strict format.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @param edition the edition the rows belong to
   * @return the rows, in file order
   */
  public static List<UnitCost> readCsv(byte[] bytes, String file,
      EditionInfo edition) {
    List<CsvParser.Record> records = CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false);
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    Map<String, Integer> header = header(records.get(0), file, REQUIRED, OPTIONAL);
    List<UnitCost> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      Map<String, String> cells = cells(record, header, file);
      rows.add(row(cells, file, record.line(), edition, firstLine));
    }
    return rows;
  }

  /**
   * Reads unit-cost rows from a JSON array of objects whose fields are the CSV columns. Values
   * may be JSON strings or numbers.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @param edition the edition the rows belong to
   * @return the rows, in file order
   */
  public static List<UnitCost> readJson(byte[] bytes, String file,
      EditionInfo edition) {
    List<UnitCost> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new TableFormatException(file, line(parser.currentTokenLocation()), "(document)",
            String.valueOf(parser.currentToken()), "expected a JSON array of row objects");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        int line = line(parser.currentTokenLocation());
        JsonNode node = parser.readValueAsTree();
        Map<String, String> cells = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          if (!REQUIRED.contains(f.getKey()) && !OPTIONAL.contains(f.getKey())) {
            throw new TableFormatException(file, line, f.getKey(), f.getValue().toString(),
                "unknown field; expected " + String.join(", ", REQUIRED) + " and optionally "
                    + String.join(", ", OPTIONAL));
          }
          JsonNode v = f.getValue();
          if (!v.isValueNode() || v.isNull()) {
            throw new TableFormatException(file, line, f.getKey(), v.toString(), "expected a string or a number");
          }
          cells.put(f.getKey(), v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
        }
        for (String required : REQUIRED) {
          if (!cells.containsKey(required)) {
            throw new TableFormatException(file, line, required, "", "required field is missing");
          }
        }
        rows.add(row(cells, file, line, edition, firstLine));
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new TableFormatException(file, line(parser.currentTokenLocation()), "(document)",
            String.valueOf(parser.currentToken()), "expected a row object");
      }
    } catch (JsonProcessingException e) {
      throw malformedJson(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + file + "'", e);
    }
    return rows;
  }

  /**
   * Index values and their notes, by year.
   *
   * @param values the published value of each year
   * @param notes the note of each year (may be blank)
   */
  public record IndexRows(Map<FinancialYear, BigDecimal> values, Map<FinancialYear, String> notes) {
  }

  /**
   * Reads index values from CSV in the library's strict format.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @return values and notes by year
   */
  public static IndexRows readIndexCsv(byte[] bytes, String file) {
    List<CsvParser.Record> records = CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false);
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    Map<String, Integer> header = header(records.get(0), file, INDEX_REQUIRED, INDEX_OPTIONAL);
    Map<FinancialYear, BigDecimal> values = new TreeMap<>();
    Map<FinancialYear, String> notes = new TreeMap<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      Map<String, String> cells = cells(record, header, file);
      FinancialYear year = year(cells.get("year"), file, record.line(), "year");
      String text = cells.get("value");
      if (!SIGNED.matcher(text).matches()) {
        throw new TableFormatException(file, record.line(), "value", text, "is not a decimal number");
      }
      if (values.put(year, new BigDecimal(text)) != null) {
        throw new TableFormatException(file, record.line(), "year", cells.get("year"), "year appears twice");
      }
      notes.put(year, cells.getOrDefault("notes", ""));
    }
    return new IndexRows(values, notes);
  }

  /**
   * The number of data rows in a CSV file (records after the header), for row-count checks.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @return the number of records less one
   */
  public static int countCsvRows(byte[] bytes, String file) {
    return Math.max(0, CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false).size() - 1);
  }

  private static Map<String, Integer> header(CsvParser.Record record, String file, List<String> required,
      List<String> optional) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int i = 0; i < record.fields().size(); i++) {
      String name = record.fields().get(i);
      if (!required.contains(name) && !optional.contains(name)) {
        throw new TableFormatException(file, record.line(), String.valueOf(i + 1), name,
            "unknown column; expected " + String.join(", ", required) + " and optionally " + String.join(", ", optional));
      }
      if (header.put(name, i) != null) {
        throw new TableFormatException(file, record.line(), String.valueOf(i + 1), name, "column appears twice");
      }
    }
    for (String name : required) {
      if (!header.containsKey(name)) {
        throw new TableFormatException(file, record.line(), name, String.join(",", record.fields()),
            "required column is missing from the header");
      }
    }
    return header;
  }

  private static Map<String, String> cells(CsvParser.Record record, Map<String, Integer> header, String file) {
    if (record.fields().size() != header.size()) {
      throw new TableFormatException(file, record.line(), "(row)", String.join(",", record.fields()),
          "expected " + header.size() + " fields, found " + record.fields().size());
    }
    Map<String, String> cells = new HashMap<>();
    header.forEach((name, index) -> cells.put(name, record.fields().get(index)));
    return cells;
  }

  private static UnitCost row(Map<String, String> cells, String file, int line,
      EditionInfo edition, Map<String, Integer> firstLine) {
    String key = cells.get("key");
    if (!KEY.matcher(key).matches()) {
      throw new TableFormatException(file, line, "key", key,
          "must be lower-case letters and digits in words joined by '.' or '-'");
    }
    Integer earlier = firstLine.putIfAbsent(key, line);
    if (earlier != null) {
      throw new TableFormatException(file, line, "key", key, "duplicate key, first on line " + earlier);
    }
    String description = cells.get("description");
    if (description.isBlank()) {
      throw new TableFormatException(file, line, "description", description, "must not be blank");
    }
    String unitText = cells.get("unit");
    CostUnit unit = CostUnit.fromLabel(unitText).orElseThrow(() -> new TableFormatException(file, line, "unit",
        unitText, "unknown unit; expected one of " + CostUnit.allLabels()));
    String valueText = cells.get("value");
    if (!AMOUNT.matcher(valueText).matches()) {
      throw new TableFormatException(file, line, "value", valueText,
          SIGNED.matcher(valueText).matches() ? "must not be negative"
              : "is not a plain decimal number (digits, optional '.', no separators or currency signs)");
    }
    FinancialYear priceBase = year(cells.get("price_base"), file, line, "price_base");
    String location = cells.get("source_location");
    if (location.isBlank()) {
      throw new TableFormatException(file, line, "source_location", location, "must not be blank");
    }
    UnitCost.Builder builder = UnitCost
        .builder()
        .key(key)
        .description(description)
        .unit(unit)
        .value(new Cost(BigMoney.of(new BigDecimal(valueText)), priceBase))
        .sourceLocation(location)
        .notes(cells.getOrDefault("notes", ""))
        .source(edition.sourceName(), edition.edition());
    String category = cells.getOrDefault("category", "");
    if (!category.isEmpty()) {
      builder.category(CostCategory.fromLabel(category).orElseThrow(() -> new TableFormatException(file, line,
          "category", category, "unknown category; expected NHS, social care or other public sector")));
    }
    String confidence = cells.getOrDefault("confidence", "");
    if (!confidence.isBlank()) {
      builder.confidence(confidence);
    }
    return builder.build();
  }

  private static FinancialYear year(String text, String file, int line, String column) {
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TableFormatException(file, line, column, text, "is not a financial year such as 2024/25");
    }
  }

  /**
   * The format error for a JSON document that does not parse, at the parser's line and column.
   *
   * @param file the file name for messages
   * @param e the parser's exception
   * @return the exception to throw
   */
  static TableFormatException malformedJson(String file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new TableFormatException(file, at == null ? 0 : at.getLineNr(),
        at == null ? "?" : String.valueOf(at.getColumnNr()), "", "malformed JSON: " + e.getOriginalMessage());
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  /**
   * The columns a unit-cost table may have.
   *
   * @return required then optional column names
   */
  public static Set<String> allColumns() {
    Set<String> all = new java.util.LinkedHashSet<>(REQUIRED);
    all.addAll(OPTIONAL);
    return all;
  }
}
