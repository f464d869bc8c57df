package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a CSV file by name, from its header record. A blank header and a header that
 * appears twice are refused, so a loader never silently reads the first of two {@code sdq_final}
 * columns.
 */
public final class HeaderMap {

  private final String file;
  private final int line;
  private final List<String> names;
  private final Map<String, Integer> index;

  private HeaderMap(String file, int line, List<String> names, Map<String, Integer> index) {
    this.file = file;
    this.line = line;
    this.names = names;
    this.index = index;
  }

  /**
   * Reads a header record.
   *
   * @param header the header record
   * @param file the file name for messages
   * @param strip whether to strip surrounding spaces from each name (for exported files)
   * @return the map
   * @throws InputFormatException naming the column position for a blank or repeated name
   */
  public static HeaderMap of(CsvReader.Record header, String file, boolean strip) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = strip ? header.fields().get(i).strip() : header.fields().get(i);
      if (name.isBlank()) {
        throw new InputFormatException(file, header.line(), String.valueOf(i + 1), header.joined(),
            "blank column name in the header");
      }
      Integer earlier = index.putIfAbsent(name, i);
      if (earlier != null) {
        throw new InputFormatException(file, header.line(), String.valueOf(i + 1), name,
            "column appears twice in the header (first as column " + (earlier + 1) + ")");
      }
      names.add(name);
    }
    return new HeaderMap(file, header.line(), List.copyOf(names), index);
  }

  /**
   * Checks that every name is one of the allowed ones and that the required ones are present.
   *
   * @param required the columns that must be present
   * @param optional the columns that may be present
   * @return this map
   * @throws InputFormatException naming an unknown or missing column
   */
  public HeaderMap requireExactly(Collection<String> required, Collection<String> optional) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!required.contains(name) && !optional.contains(name)) {
        throw new InputFormatException(file, line, String.valueOf(i + 1), name, "unknown column; expected "
            + String.join(", ", required) + (optional.isEmpty() ? "" : " and optionally " + String.join(", ", optional)));
      }
    }
    for (String name : required) {
      require(name);
    }
    return this;
  }

  /**
   * The position of a required column.
   *
   * @param name the column name
   * @return its 0-based position
   * @throws InputFormatException if the header has no such column
   */
  public int require(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new InputFormatException(file, line, name, String.join(",", names),
          "required column is missing from the header");
    }
    return i;
  }

  /**
   * The position of a column, if present.
   *
   * @param name the column name
   * @return its 0-based position
   */
  public Optional<Integer> find(String name) {
    return Optional.ofNullable(index.get(name));
  }

  /**
   * The column names in file order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The cells of a data record by column name, refusing a record whose width differs from the
   * header's (a truncated or overlong row is never padded or cut).
   *
   * @param record the record
   * @return the cells by column name
   * @throws InputFormatException naming the row for a width mismatch
   */
  public Map<String, String> cells(CsvReader.Record record) {
    checkWidth(record);
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      cells.put(names.get(i), record.fields().get(i));
    }
    return cells;
  }

  /**
   * Refuses a record whose width differs from the header's.
   *
   * @param record the record
   * @throws InputFormatException naming the row for a width mismatch
   */
  public void checkWidth(CsvReader.Record record) {
    if (record.fields().size() != names.size()) {
      throw new InputFormatException(file, record.line(), "(row)", record.joined(),
          "expected " + names.size() + " fields as in the header, found " + record.fields().size());
    }
  }
}
