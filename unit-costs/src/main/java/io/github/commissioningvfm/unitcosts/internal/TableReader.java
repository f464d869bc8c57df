package io.github.commissioningvfm.unitcosts.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.commissioningvfm.model.internal.io.Cell;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.HeaderMap;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostCategory;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.UnitCost;
import java.io.IOException;
import java.math.BigDecimal;
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

  /** The largest table or index file read: 64 MiB. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * Reads a whole regular file of at most {@link #MAX_FILE_BYTES}.
   *
   * @param path the file
   * @return its bytes
   * @throws IllegalArgumentException naming the file if it does not exist
   * @throws TableFormatException if it is not a regular file or is too large
   */
  public static byte[] readFile(Path path) {
    try {
      return InputFiles.read(path, MAX_FILE_BYTES);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
    }
  }

  /**
   * Splits a file of the library's own CSV format into records (the strict dialect).
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @return the records
   */
  public static List<CsvReader.Record> records(byte[] bytes, String file) {
    try {
      return CsvReader.read(bytes, file, CsvReader.Dialect.STRICT);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
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
    return readCsv(records(bytes, file), file, edition);
  }

  /**
   * Reads unit-cost rows from CSV records already split in the strict dialect.
   *
   * @param records the file's records, header first
   * @param file the file name for messages
   * @param edition the edition the rows belong to
   * @return the rows, in file order
   */
  public static List<UnitCost> readCsv(List<CsvReader.Record> records, String file,
      EditionInfo edition) {
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    HeaderMap header = header(records.get(0), file, REQUIRED, OPTIONAL);
    List<UnitCost> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, FinancialYear> years = new HashMap<>();
    for (CsvReader.Record record : records.subList(1, records.size())) {
      rows.add(row(cells(header, record), file, record.line(), edition, firstLine, years));
    }
    return rows;
  }

  /**
   * Reads unit-cost rows from a JSON array of objects whose fields are the CSV columns. Values
   * may be JSON strings or numbers; a number is taken as its literal, within the bounded decimal
   * parser's limits. A key given twice in one row is refused.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @param edition the edition the rows belong to
   * @return the rows, in file order
   */
  public static List<UnitCost> readJson(byte[] bytes, String file,
      EditionInfo edition) {
    return JsonInput.parse(bytes, file, p -> {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonInput.error(file, p, "(document)", JsonInput.shown(p), "expected a JSON array of row objects");
      }
      List<UnitCost> rows = new ArrayList<>();
      Map<String, Integer> firstLine = new HashMap<>();
      Map<String, FinancialYear> years = new HashMap<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw JsonInput.error(file, p, "(document)", JsonInput.shown(p), "expected a row object");
        }
        Map<String, String> cells = jsonRow(p, file);
        for (String required : REQUIRED) {
          if (!cells.containsKey(required)) {
            throw new TableFormatException(file, line, required, "", "required field is missing");
          }
        }
        rows.add(row(cells, file, line, edition, firstLine, years));
      }
      return rows;
    });
  }

  private static Map<String, String> jsonRow(JsonParser p, String file) throws IOException {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw JsonInput.error(file, p, name, JsonInput.shown(p), "unknown field; expected "
            + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL));
      }
      cells.put(name, JsonInput.scalar(p, file, name));
    }
    return cells;
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
    return readIndexCsv(records(bytes, file), file);
  }

  /**
   * Reads index values from CSV records already split in the strict dialect.
   *
   * @param records the file's records, header first
   * @param file the file name for messages
   * @return values and notes by year
   */
  public static IndexRows readIndexCsv(List<CsvReader.Record> records, String file) {
    if (records.isEmpty()) {
      throw new TableFormatException(file, 1, "(header)", "", "file is empty; expected a header row");
    }
    HeaderMap header = header(records.get(0), file, INDEX_REQUIRED, INDEX_OPTIONAL);
    Map<FinancialYear, BigDecimal> values = new TreeMap<>();
    Map<String, FinancialYear> years = new HashMap<>();
    Map<FinancialYear, String> notes = new TreeMap<>();
    for (CsvReader.Record record : records.subList(1, records.size())) {
      Map<String, String> cells = cells(header, record);
      FinancialYear year = year(cells.get("year"), file, record.line(), "year", years);
      BigDecimal value = decimal(new Cell(file, record.line(), "value", cells.get("value")), true);
      if (values.put(year, value) != null) {
        throw new TableFormatException(file, record.line(), "year", cells.get("year"), "year appears twice");
      }
      notes.put(year, cells.getOrDefault("notes", ""));
    }
    return new IndexRows(values, notes);
  }

  private static HeaderMap header(CsvReader.Record record, String file, List<String> required,
      List<String> optional) {
    try {
      return HeaderMap.of(record, file, false).requireExactly(required, optional);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
    }
  }

  private static Map<String, String> cells(HeaderMap header, CsvReader.Record record) {
    try {
      return header.cells(record);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
    }
  }

  private static BigDecimal decimal(Cell cell, boolean signed) {
    try {
      return cell.decimal(signed);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
    }
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
    BigDecimal value = decimal(new Cell(file, line, "value", cells.get("value")), false);
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
        .value(new Cost(BigMoney.of(value), priceBase))
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
