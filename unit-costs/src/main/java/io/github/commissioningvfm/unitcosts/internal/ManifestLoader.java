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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.commissioningvfm.model.internal.io.Cells;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads every table and index a {@code manifest.json} lists, verifying each file's SHA-256 and
 * row count before reading it. Loading is all or nothing: the first failure throws and nothing
 * is returned.
 *
 * <p>Manifest shape: {@code {"formatVersion": 1, "tables": [entry...], "indices": [entry...]}}
 * ({@code formatVersion} optional, and 1 if given); any other top-level
 * key is refused (a misspelt section never loads zero tables silently), and so is any key given
 * twice. A table entry has {@code source, sourceName, edition, path, sha256, rows, citation,
 * licence, retrieved} and optionally {@code amends}, {@code aliases} (old key to current key) and
 * {@code columns} (the header the file must have); an index entry has the same plus
 * {@code index, name, form} ({@code "level"} or {@code "annual-percent-change"}). Unknown entry
 * keys are refused.
 *
 * <p>Text fields are JSON strings (a number is read as its literal); {@code rows} is a whole JSON
 * number; {@code retrieved} is a calendar date {@code yyyy-MM-dd}; {@code aliases} is an object
 * whose values are strings; {@code columns} an array of strings. The manifest is read with
 * {@code jackson-core}'s streaming parser. Each listed path must stay inside the manifest's folder
 * and name a regular file within the size cap ({@link ResourceSource}); its SHA-256
 * ({@link MessageDigest}) is checked on the bytes read, then the same bytes are decoded and
 * parsed once. Messages about a file that fails verification never quote its content or its hash.
 */
public final class ManifestLoader {

  private static final List<String> ENTRY_KEYS = List.of("source", "sourceName", "edition", "path", "sha256",
      "rows", "citation", "licence", "retrieved", "amends", "aliases", "columns");
  private static final List<String> INDEX_KEYS = List.of("index", "name", "form");

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
    List<Entry> entries = entries(source, manifestPath, manifestName);
    Files files = new Files(source, entries);
    Thread helper = null;
    if (entries.size() > 1) {
      helper = new Thread(files, "unit-costs loader");
      helper.setDaemon(true);
      helper.start();
    }
    files.run();
    if (helper != null) {
      try {
        helper.join();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while loading '" + manifestName + "'", ex);
      }
    }
    List<UnitCostTable> tables = new ArrayList<>();
    List<PriceIndexSeries> indices = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Throwable failure = files.failed[i];
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error err) {
        throw err;
      }
      if (files.loaded[i] instanceof PriceIndexSeries series) {
        indices.add(series);
      } else {
        tables.add((UnitCostTable) files.loaded[i]);
      }
    }
    return new ProvidedData(tables, indices);
  }

  /**
   * Loads a manifest's editions of one price index and nothing else: the whole manifest is read and
   * checked as {@link #load} checks it, and only those editions' files are read and verified.
   *
   * @param source where the manifest and its files are
   * @param manifestPath the manifest's path within the source
   * @param index the index id
   * @return the index's editions, in manifest order; no tables
   * @throws TableIntegrityException for a missing file, a checksum or row-count mismatch
   * @throws TableFormatException for a malformed manifest or file
   */
  public static ProvidedData loadIndex(ResourceSource source, String manifestPath, String index) {
    String manifestName = source.describe(manifestPath);
    List<PriceIndexSeries> indices = new ArrayList<>();
    for (Entry e : entries(source, manifestPath, manifestName)) {
      if (e.index && e.text("index").equals(index)) {
        indices.add(index(source, e));
      }
    }
    return new ProvidedData(List.of(), indices);
  }

  private static List<Entry> entries(ResourceSource source, String manifestPath, String manifestName) {
    Optional<byte[]> manifest = source.read(manifestPath);
    if (manifest.isEmpty()) {
      throw new IllegalArgumentException("Manifest '" + manifestName + "' does not exist");
    }
    return JsonInput.parse(manifest.get(), manifestName, p -> entries(p, manifestName));
  }

  /**
   * Reads, verifies and parses a manifest's files on the calling thread and one helper at once: each
   * takes the next file not yet taken, so most of a cold start's interpreted parsing and hashing is
   * shared between two cores. Results and failures are kept by position, so the outcome (and the
   * first failure reported) is that of reading the files in manifest order.
   */
  private static final class Files implements Runnable {
    private final ResourceSource source;
    private final List<Entry> entries;
    private final AtomicInteger next = new AtomicInteger();
    private final Object[] loaded;
    private final Throwable[] failed;

    Files(ResourceSource source, List<Entry> entries) {
      this.source = source;
      this.entries = entries;
      loaded = new Object[entries.size()];
      failed = new Throwable[entries.size()];
    }

    @Override
    public void run() {
      for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
        Entry e = entries.get(i);
        try {
          loaded[i] = e.index ? index(source, e) : table(source, e);
        } catch (RuntimeException | Error ex) {
          failed[i] = ex;
        }
      }
    }
  }

  private static List<Entry> entries(JsonParser p, String manifest) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonInput.error(manifest, p, "(document)", JsonInput.shown(p), "expected a JSON object");
    }
    List<Entry> entries = new ArrayList<>();
    for (String section = p.nextFieldName(); section != null; section = p.nextFieldName()) {
      if (section.equals("formatVersion")) {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || !p.getText().equals("1")) {
          throw JsonInput.error(manifest, p, section, JsonInput.shown(p), "unsupported format version; expected 1");
        }
        continue;
      }
      if (!section.equals("tables") && !section.equals("indices")) {
        throw JsonInput.error(manifest, p, section, section,
            "unknown top-level key; a manifest has only 'formatVersion', 'tables' and 'indices'");
      }
      boolean index = section.equals("indices");
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw JsonInput.error(manifest, p, section, JsonInput.shown(p), "expected an array for '" + section + "'");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw JsonInput.error(manifest, p, section, JsonInput.shown(p),
              "expected an object for each entry of '" + section + "'");
        }
        entries.add(entry(p, manifest, index));
      }
    }
    return entries;
  }

  private static Entry entry(JsonParser p, String manifest, boolean index) throws IOException {
    Entry e = new Entry(manifest, p.currentTokenLocation().getLineNr(), index);
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (!ENTRY_KEYS.contains(key) && !(index && INDEX_KEYS.contains(key))) {
        throw JsonInput.error(manifest, p, key, JsonInput.shown(p), "unknown key in a manifest entry; expected "
            + String.join(", ", ENTRY_KEYS) + (index ? ", " + String.join(", ", INDEX_KEYS) : ""));
      }
      switch (key) {
        case "rows" -> e.rows = t == JsonToken.VALUE_NUMBER_INT && p.getText().length() <= 9
            && !p.getText().startsWith("-") ? p.getIntValue() : -1;
        case "aliases" -> e.aliases = aliases(p, manifest);
        case "columns" -> e.columns = columns(p, manifest);
        case "amends" -> {
          if (t != JsonToken.VALUE_NULL) {
            e.text.put(key, JsonInput.scalar(p, manifest, key));
          }
        }
        default -> {
          if (t.isScalarValue() && t != JsonToken.VALUE_NULL && t != JsonToken.VALUE_TRUE
              && t != JsonToken.VALUE_FALSE) {
            e.text.put(key, JsonInput.scalar(p, manifest, key));
          } else {
            e.shown.put(key, JsonInput.shown(p));
            p.skipChildren();
          }
        }
      }
      if (key.equals("rows") && e.rows < 0) {
        e.shown.put(key, JsonInput.shown(p));
        p.skipChildren();
      }
    }
    return e;
  }

  private static Map<String, String> aliases(JsonParser p, String manifest) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonInput.error(manifest, p, "aliases", JsonInput.shown(p),
          "expected an object of old key to current key for 'aliases'");
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String old = p.nextFieldName(); old != null; old = p.nextFieldName()) {
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw JsonInput.error(manifest, p, "aliases", JsonInput.shown(p),
            "expected the current key as a string for '" + old + "'");
      }
      aliases.put(old, p.getText());
    }
    return aliases;
  }

  private static List<String> columns(JsonParser p, String manifest) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw JsonInput.error(manifest, p, "columns", JsonInput.shown(p), "expected an array of column names for "
          + "'columns'");
    }
    List<String> columns = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw JsonInput.error(manifest, p, "columns", JsonInput.shown(p), "expected a column name");
      }
      columns.add(p.getText());
    }
    return columns;
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
      List<CsvReader.Record> records = TableReader.records(bytes, file);
      checkColumns(e, records, file);
      rows = TableReader.readCsv(records, file, edition);
    }
    checkRows(e, file, rows.size());
    Map<String, String> aliases = e.aliases == null ? Map.of() : e.aliases;
    try {
      return UnitCostTable.of(edition, rows, aliases);
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "aliases", aliases.toString(), ex.getMessage());
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
    List<CsvReader.Record> records = TableReader.records(bytes, file);
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
    try {
      b.retrieved(Cells.isoDate(retrieved));
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "retrieved", retrieved, "is not a date such as 2026-11-23");
    }
    if (e.text.containsKey("amends")) {
      b.amends(e.text("amends"));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new TableFormatException(e.manifest, e.line, "source", e.text("source"), ex.getMessage());
    }
  }

  private static byte[] verified(ResourceSource source, Entry e, String path, String file) {
    String expected = e.text("sha256").toLowerCase(Locale.ROOT);
    Optional<byte[]> read = source.read(path);
    if (read.isEmpty()) {
      throw TableIntegrityException.missingFile(file, e.manifest);
    }
    byte[] bytes = read.get();
    String actual = sha256(bytes);
    if (!expected.equals(actual)) {
      throw TableIntegrityException.checksumMismatch(file, expected, actual);
    }
    return bytes;
  }

  /**
   * The SHA-256 of bytes as lower-case hex, through the JDK's {@link MessageDigest}.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }

  private static void checkColumns(Entry e, List<CsvReader.Record> records, String file) {
    if (e.columns == null) {
      return;
    }
    List<String> actual = records.isEmpty() ? List.of() : records.get(0).fields();
    if (!actual.equals(e.columns)) {
      throw new TableFormatException(file, 1, "(header)", String.join(",", actual),
          "header does not match the manifest's columns " + String.join(",", e.columns));
    }
  }

  private static void checkRows(Entry e, String file, int actual) {
    if (e.rows < 0) {
      throw new TableFormatException(e.manifest, e.line, "rows", e.shown.getOrDefault("rows", ""),
          "required whole number is missing");
    }
    if (e.rows != actual) {
      throw TableIntegrityException.rowCountMismatch(file, e.rows, actual);
    }
  }

  /** One manifest entry as read: text fields, the row count and the optional aliases and columns. */
  private static final class Entry {
    private final String manifest;
    private final int line;
    private final boolean index;
    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();
    private int rows = -1;
    private Map<String, String> aliases;
    private List<String> columns;

    Entry(String manifest, int line, boolean index) {
      this.manifest = manifest;
      this.line = line;
      this.index = index;
    }

    String text(String field) {
      String value = text.get(field);
      if (value == null || value.isBlank()) {
        throw new TableFormatException(manifest, line, field, value != null ? value : shown.getOrDefault(field, ""),
            "required field is missing or blank");
      }
      return value;
    }
  }
}
