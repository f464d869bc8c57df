package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.internal.TableReader;
import io.github.commissioningvfm.unitcosts.internal.TextGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One edition of one source's unit costs: an immutable set of rows with unique keys, the edition's
 * facts, and aliases for keys renamed since earlier editions.
 *
 * <p>Tables come from a catalogue ({@link UnitCosts#latest(String)},
 * {@link UnitCosts#edition(String, String)}), from an integrator's files
 * ({@link #fromCsv(Path, EditionInfo)}, {@link #fromJson(Path, EditionInfo)}), or are built from
 * rows ({@link #of(EditionInfo, List, Map)}). Every path applies the same validation.
 *
 * @since 0.1.0
 */
public final class UnitCostTable implements UnitCostLookup {

  private final EditionInfo edition;
  private final List<UnitCost> rows;
  private final Map<String, UnitCost> byKey;
  private final Map<String, String> aliases;
  private final Function<String, List<String>> editionsWithKey;

  private UnitCostTable(EditionInfo edition, List<UnitCost> rows, Map<String, UnitCost> byKey,
      Map<String, String> aliases, Function<String, List<String>> editionsWithKey) {
    this.edition = edition;
    this.rows = rows;
    this.byKey = byKey;
    this.aliases = aliases;
    this.editionsWithKey = editionsWithKey;
  }

  /**
   * A table from rows.
   *
   * @param edition the edition's facts
   * @param rows the rows; keys unique, each row's provenance naming this edition
   * @param aliases old key to current key; each current key must be a row's key and no alias may
   *     be a row's key
   * @return the table
   * @throws IllegalArgumentException naming the duplicate key, or the bad alias
   */
  public static UnitCostTable of(EditionInfo edition, List<UnitCost> rows, Map<String, String> aliases) {
    Args.notNull(edition, "edition");
    Args.noNullElements(rows, "rows");
    Args.noNullEntries(aliases, "aliases");
    Map<String, UnitCost> byKey = new LinkedHashMap<>();
    for (UnitCost row : rows) {
      if (!row.provenance().source().equals(edition.sourceName())
          || !row.provenance().edition().equals(edition.edition())) {
        Args.check(false, "rows",
            "name source '" + edition.sourceName() + "' edition '" + edition.edition() + "' in their provenance",
            row.provenance());
      }
      UnitCost previous = byKey.putIfAbsent(row.key(), row);
      Args.check(previous == null, "rows", "have unique keys", row.key());
    }
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      Args.check(byKey.containsKey(alias.getValue()), "aliases", "point to a key of the table", alias);
      Args.check(!byKey.containsKey(alias.getKey()), "aliases", "not be a key of the table", alias);
    }
    List<UnitCost> copy = List.copyOf(rows);
    return new UnitCostTable(edition, copy, Collections.unmodifiableMap(byKey),
        Collections.unmodifiableMap(new LinkedHashMap<>(aliases)), key -> List.of());
  }

  /**
   * Reads a table in the library's CSV format (UTF-8 without byte order mark, LF line ends; the
   * columns {@code key, description, unit, value, price_base, source_location} and optionally
   * {@code category, confidence, notes}).
   *
   * @param csv the file
   * @param edition the edition's facts
   * @return the table
   * @throws TableFormatException naming file, line, column and value for the first bad cell
   */
  public static UnitCostTable fromCsv(Path csv, EditionInfo edition) {
    Args.notNull(csv, "csv");
    Args.notNull(edition, "edition");
    return of(edition, TableReader.readCsv(TableReader.readFile(csv), csv.toString(), edition), Map.of());
  }

  /**
   * Reads a table from a JSON array of objects with the same fields as the CSV format.
   *
   * @param json the file
   * @param edition the edition's facts
   * @return the table
   * @throws TableFormatException naming file, line, field and value for the first bad value
   */
  public static UnitCostTable fromJson(Path json, EditionInfo edition) {
    Args.notNull(json, "json");
    Args.notNull(edition, "edition");
    return of(edition, TableReader.readJson(TableReader.readFile(json), json.toString(), edition), Map.of());
  }

  /**
   * This table, reporting missing keys with the editions a catalogue knows them in.
   *
   * @param lookup which editions hold a key
   * @return the bound table
   */
  UnitCostTable withEditionsLookup(Function<String, List<String>> lookup) {
    return new UnitCostTable(edition, rows, byKey, aliases, lookup);
  }

  /**
   * This table with aliases added.
   *
   * @param moreAliases old key to current key
   * @return a table with the same rows and the combined aliases
   */
  public UnitCostTable withAliases(Map<String, String> moreAliases) {
    Map<String, String> all = new LinkedHashMap<>(aliases);
    all.putAll(Args.noNullEntries(moreAliases, "moreAliases"));
    return of(edition, rows, all).withEditionsLookup(editionsWithKey);
  }

  /**
   * The edition's facts.
   *
   * @return the edition
   */
  public EditionInfo edition() {
    return edition;
  }

  /**
   * The rows in file order.
   *
   * @return the rows
   */
  public List<UnitCost> rows() {
    return rows;
  }

  /**
   * The aliases: old key to current key.
   *
   * @return the aliases
   */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int size() {
    return rows.size();
  }

  @Override
  public Optional<UnitCost> find(String key) {
    Args.notNull(key, "key");
    UnitCost row = byKey.get(key);
    if (row == null) {
      String target = aliases.get(key);
      row = target == null ? null : byKey.get(target);
    }
    return Optional.ofNullable(row);
  }

  @Override
  public UnitCost get(String key) {
    Optional<UnitCost> found = find(key);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> candidates = new ArrayList<>(byKey.keySet());
    candidates.addAll(aliases.keySet());
    throw new UnitCostNotFoundException(key, edition.label(), candidates, editionsWithKey.apply(key));
  }

  @Override
  public Set<String> keys() {
    return byKey.keySet();
  }

  /**
   * The table as a readable text grid: a title line naming the edition, then one line per row
   * with key, unit, value, price base and description, e.g.
   * <pre>
   * ncc 2024/25: NHS National Cost Collection (29 rows)
   * key                          | unit         |  value | price base | description
   * -----------------------------+--------------+--------+------------+------------
   * ncc.ambulance.hear-and-treat | per incident |  62.37 | 2024/25    | Ambulance: ...
   * </pre>
   *
   * @return the grid, lines ending in '\n'
   */
  public String toGrid() {
    List<List<String>> cells = new ArrayList<>();
    for (UnitCost row : rows) {
      cells.add(List.of(row.key(), row.unit().label(), row.value().amount().amount().toPlainString(),
          row.value().priceBase().toString(), row.description()));
    }
    return TextGrid.render(edition.label() + ": " + edition.sourceName() + " (" + rows.size() + " rows)",
        List.of("key", "unit", "value", "price base", "description"), List.of(false, false, true, false, false),
        cells);
  }

  /**
   * The source, edition and row count, e.g. {@code "ncc 2024/25 (34 rows)"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return edition.label() + " (" + rows.size() + " rows)";
  }
}
