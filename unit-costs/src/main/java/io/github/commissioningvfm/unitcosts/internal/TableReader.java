package io.github.commissioningvfm.unitcosts.internal;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
    return readCsv(CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false), file, edition);
  }

  /**
   * Reads unit-cost rows from CSV records already split by {@link CsvParser} in strict mode.
   *
   * @param records the file's records, header first
   * @param file the file name for messages
   * @param edition the edition the rows belong to
   * @return the rows, in file order
   */
  public static List<UnitCost> readCsv(List<CsvParser.Record> records, String file,
      EditionInfo edition) {
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    Map<String, Integer> header = header(records.get(0), file, REQUIRED, OPTIONAL);
    List<UnitCost> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, FinancialYear> years = new HashMap<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      Map<String, String> cells = cells(record, header, file);
      rows.add(row(cells, file, record.line(), edition, firstLine, years));
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
    JsonValue root = JsonReader.parse(bytes, file);
    if (root.kind() != JsonValue.Kind.ARRAY) {
      throw new TableFormatException(file, root.line(), "(document)", root.toString(),
          "expected a JSON array of row objects");
    }
    List<UnitCost> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, FinancialYear> years = new HashMap<>();
    for (JsonValue node : root.items()) {
      int line = node.line();
      if (node.kind() != JsonValue.Kind.OBJECT) {
        throw new TableFormatException(file, line, "(document)", node.toString(), "expected a row object");
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> f : node.members().entrySet()) {
        if (!REQUIRED.contains(f.getKey()) && !OPTIONAL.contains(f.getKey())) {
          throw new TableFormatException(file, line, f.getKey(), f.getValue().toString(),
              "unknown field; expected " + String.join(", ", REQUIRED) + " and optionally "
                  + String.join(", ", OPTIONAL));
        }
        JsonValue v = f.getValue();
        if (!v.isText()) {
          throw new TableFormatException(file, line, f.getKey(), v.toString(), "expected a string or a number");
        }
        cells.put(f.getKey(), v.kind() == JsonValue.Kind.NUMBER ? plain(v, f.getKey(), file) : v.text());
      }
      for (String required : REQUIRED) {
        if (!cells.containsKey(required)) {
          throw new TableFormatException(file, line, required, "", "required field is missing");
        }
      }
      rows.add(row(cells, file, line, edition, firstLine, years));
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
    return readIndexCsv(CsvParser.parse(CsvParser.decodeUtf8(bytes, file), file, false), file);
  }

  /**
   * Reads index values from CSV records already split by {@link CsvParser} in strict mode.
   *
   * @param records the file's records, header first
   * @param file the file name for messages
   * @return values and notes by year
   */
  public static IndexRows readIndexCsv(List<CsvParser.Record> records, String file) {
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    Map<String, Integer> header = header(records.get(0), file, INDEX_REQUIRED, INDEX_OPTIONAL);
    Map<FinancialYear, BigDecimal> values = new TreeMap<>();
    Map<String, FinancialYear> years = new HashMap<>();
    Map<FinancialYear, String> notes = new TreeMap<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      Map<String, String> cells = cells(record, header, file);
      FinancialYear year = year(cells.get("year"), file, record.line(), "year", years);
      String text = cells.get("value");
      if (!Syntax.isDecimal(text, true)) {
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
    for (Map.Entry<String, Integer> column : header.entrySet()) {
      cells.put(column.getKey(), record.fields().get(column.getValue()));
    }
    return cells;
  }

  private static UnitCost row(Map<String, String> cells, String file, int line,
      EditionInfo edition, Map<String, Integer> firstLine, Map<String, FinancialYear> years) {
    String key = cells.get("key");
    if (!Syntax.isKey(key)) {
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
    Optional<CostUnit> unit = CostUnit.fromLabel(unitText);
    if (unit.isEmpty()) {
      throw new TableFormatException(file, line, "unit", unitText, "unknown unit; expected one of " + CostUnit.allLabels());
    }
    String valueText = cells.get("value");
    if (!Syntax.isDecimal(valueText, false)) {
      throw new TableFormatException(file, line, "value", valueText,
          Syntax.isDecimal(valueText, true) ? "must not be negative"
              : "is not a plain decimal number (digits, optional '.', no separators or currency signs)");
    }
    FinancialYear priceBase = year(cells.get("price_base"), file, line, "price_base", years);
    String location = cells.get("source_location");
    if (location.isBlank()) {
      throw new TableFormatException(file, line, "source_location", location, "must not be blank");
    }
    UnitCost.Builder builder = UnitCost
        .builder()
        .key(key)
        .description(description)
        .unit(unit.get())
        .value(new Cost(BigMoney.of(new BigDecimal(valueText)), priceBase))
        .sourceLocation(location)
        .notes(cells.getOrDefault("notes", ""))
        .source(edition.sourceName(), edition.edition());
    String category = cells.getOrDefault("category", "");
    if (!category.isEmpty()) {
      Optional<CostCategory> known = CostCategory.fromLabel(category);
      if (known.isEmpty()) {
        throw new TableFormatException(file, line, "category", category,
            "unknown category; expected NHS, social care or other public sector");
      }
      builder.category(known.get());
    }
    String confidence = cells.getOrDefault("confidence", "");
    if (!confidence.isBlank()) {
      builder.confidence(confidence);
    }
    return builder.build();
  }

  private static FinancialYear year(String text, String file, int line, String column, Map<String, FinancialYear> seen) {
    FinancialYear known = seen.get(text);
    if (known != null) {
      return known;
    }
    try {
      FinancialYear year = FinancialYear.parse(text);
      seen.put(text, year);
      return year;
    } catch (IllegalArgumentException e) {
      throw new TableFormatException(file, line, column, text, "is not a financial year such as 2024/25");
    }
  }

  /** A JSON number as plain decimal text (no exponent), refusing magnitudes no cost can have. */
  private static String plain(JsonValue number, String field, String file) {
    BigDecimal value = new BigDecimal(number.text());
    if (value.precision() - value.scale() > 30 || value.scale() > 30) {
      throw new TableFormatException(file, number.line(), field, number.text(),
          "number is out of range (more than 30 digits before or after the point)");
    }
    return value.toPlainString();
  }

  /**
   * The columns a unit-cost table may have.
   *
   * @return required then optional column names
   */
  public static Set<String> allColumns() {
    Set<String> all = new LinkedHashSet<>(REQUIRED);
    all.addAll(OPTIONAL);
    return all;
  }
}
