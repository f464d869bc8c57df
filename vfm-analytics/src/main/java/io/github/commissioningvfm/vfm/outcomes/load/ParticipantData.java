package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.HeaderMap;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Participant-level records read under a {@link ParticipantSchema}, stored by column in
 * primitive arrays (so a million rows take tens of megabytes, not a boxed object per cell), with
 * every unusable cell classified and kept for the audit.
 *
 * <p>Read a CSV with {@link #readCsv(Path, ParticipantSchema)}; build from any other tabular
 * source with {@link #builder(ParticipantSchema, String, List)}. Nothing is dropped here: rows
 * with the wrong number of fields are kept as malformed, and debris cells are kept as
 * {@link CellProblem}s; the cleaning step decides what to exclude and reports it.
 *
 * <p>Rows are indexed from 0 to {@link #size()} - 1; every accessor that takes a row throws
 * {@link IndexOutOfBoundsException} for an index outside that range, however the data were read.
 *
 * @since 0.1.0
 */
public final class ParticipantData {

  /** Column slot of the id. */
  static final int ID = 0;
  /** Column slot of the baseline score. */
  static final int BASELINE = 1;
  /** Column slot of the follow-up score. */
  static final int FOLLOW_UP = 2;
  /** Column slot of the sessions count. */
  static final int SESSIONS = 3;
  /** Column slot of the date. */
  static final int DATE = 4;
  /** Column slot of the first category. */
  static final int CATEGORY0 = 5;

  /**
   * The most sessions one participant may have attended: {@value}. No real course of
   * treatment comes near it (the bound is there so that a mistyped count cannot size arrays); a
   * larger count is the cell issue {@link CellIssue#OUT_OF_RANGE}.
   */
  public static final int MAX_SESSIONS = 1_000;

  /** The largest file read: {@value} bytes (256 MiB). */
  public static final long MAX_BYTES = InputFiles.DEFAULT_MAX_BYTES;

  private static final CellIssue[] ISSUES = CellIssue.values();

  private final ParticipantSchema schema;
  private final String source;
  private final int size;
  private final long[] lines;
  private final IdColumn ids;
  private final double[] baseline;
  private final double[] followUp;
  private final int[] sessions;
  private final int[] epochDays;
  private final int[][] categoryCodes;
  private final List<List<String>> levels;
  private final byte[][] issues;
  private final Map<Integer, String> malformed;
  private final boolean[] isMalformed;
  private final Map<Long, String> rawProblemText;
  private final long trimmedCells;
  private final long excelSerialDates;

  /**
   * Takes the builder's rows: copied when the builder may still be used, taken as they are (rows
   * beyond {@code size} unused) when it is a loader's own and discarded after this.
   */
  private ParticipantData(Builder b, boolean copy) {
    this.schema = b.schema;
    this.source = b.source;
    this.size = b.size;
    this.lines = copy ? Arrays.copyOf(b.lines, size) : b.lines;
    this.ids = copy ? b.ids.copy() : b.ids;
    this.baseline = copy ? Arrays.copyOf(b.baseline, size) : b.baseline;
    this.followUp = copy ? Arrays.copyOf(b.followUp, size) : b.followUp;
    this.sessions = copy ? Arrays.copyOf(b.sessions, size) : b.sessions;
    this.epochDays = copy ? Arrays.copyOf(b.epochDays, size) : b.epochDays;
    this.categoryCodes = new int[b.categoryCodes.length][];
    List<List<String>> lv = new ArrayList<>();
    for (int k = 0; k < categoryCodes.length; k++) {
      categoryCodes[k] = copy ? Arrays.copyOf(b.categoryCodes[k], size) : b.categoryCodes[k];
      lv.add(List.copyOf(b.levelIndex.get(k).keySet()));
    }
    this.levels = List.copyOf(lv);
    this.issues = new byte[b.issues.length][];
    for (int k = 0; k < issues.length; k++) {
      issues[k] = copy ? Arrays.copyOf(b.issues[k], size) : b.issues[k];
    }
    this.malformed = Map.copyOf(b.malformed);
    this.isMalformed = new boolean[size];
    b.malformed.keySet().forEach(r -> isMalformed[r] = true);
    this.rawProblemText = copy ? Map.copyOf(b.rawProblemText) : Collections.unmodifiableMap(b.rawProblemText);
    this.trimmedCells = b.trimmedCells;
    this.excelSerialDates = b.excelSerialDates;
  }

  /** Takes a validated columnar form's arrays (already private copies). */
  private ParticipantData(Columns c, byte[][] issues, Map<Long, String> rawProblemText) {
    this.schema = c.schema();
    this.source = c.source();
    this.size = c.lines().length;
    this.lines = c.lines().clone();
    this.ids = IdColumn.of(c.ids());
    this.baseline = c.baseline().clone();
    this.followUp = c.followUp().clone();
    this.sessions = c.sessions().clone();
    this.epochDays = c.epochDays().clone();
    this.categoryCodes = new int[c.categoryCodes().size()][];
    for (int k = 0; k < categoryCodes.length; k++) {
      categoryCodes[k] = c.categoryCodes().get(k).clone();
    }
    this.levels = c.levels();
    this.issues = issues;
    this.malformed = Map.copyOf(c.malformed());
    this.isMalformed = new boolean[size];
    malformed.keySet().forEach(r -> isMalformed[r] = true);
    this.rawProblemText = Map.copyOf(rawProblemText);
    this.trimmedCells = c.trimmedCells();
    this.excelSerialDates = c.excelSerialDates();
  }

  /**
   * Reads a UTF-8 CSV file with a header row, in the library's lenient CSV dialect: a UTF-8 byte
   * order mark and CRLF line ends are accepted, and a {@code "} inside an unquoted field is a
   * literal character (so it stays in that cell, whose classification then decides the row) and
   * never opens a quoted field. The file is read a record at a time: only the declared columns
   * are kept, so memory grows with them and with the number of rows, not with the file's text.
   *
   * @param file the file (a regular file of at most {@value #MAX_BYTES} bytes)
   * @param schema the declared layout
   * @return the data
   * @throws InputFormatException naming file, line, column and value if the file is not UTF-8
   *     (at the true line, e.g. {@code not UTF-8 (byte 0xA3 ...)}), starts with a UTF-16 byte
   *     order mark, has an unclosed quote, has no data rows, or has a header with a blank, repeated
   *     or missing declared column
   */
  public static ParticipantData readCsv(Path file, ParticipantSchema schema) {
    Args.notNull(file, "file");
    Args.notNull(schema, "schema");
    String source = file.getFileName().toString();
    try (CsvStream csv = CsvStream.open(file, source, CsvReader.Dialect.LENIENT, MAX_BYTES)) {
      return read(csv, source, schema);
    }
  }

  /**
   * Reads CSV text with a header row, as {@link #readCsv(Path, ParticipantSchema)} does.
   *
   * @param reader the text (at most {@value #MAX_BYTES} bytes as UTF-8)
   * @param source the name used in messages, e.g. the file name
   * @param schema the declared layout
   * @return the data
   * @throws InputFormatException if there are no data rows, a quote is not closed, or a declared
   *     column is missing, blank or repeated
   */
  public static ParticipantData readCsv(Reader reader, String source, ParticipantSchema schema) {
    Args.notNull(reader, "reader");
    Args.notBlank(source, "source");
    Args.notNull(schema, "schema");
    return read(CsvStream.of(reader, source, CsvReader.Dialect.LENIENT, MAX_BYTES), source, schema);
  }

  private static ParticipantData read(CsvStream csv, String source, ParticipantSchema schema) {
    if (!csv.next()) {
      throw new OutcomeDataException(source, 0, "(file)", "", "the file is empty: no header and no data rows");
    }
    Builder b = new Builder(schema, source, csv.record());
    b.select(csv);
    while (csv.next()) {
      b.addRecord(csv);
    }
    return b.build(false);
  }

  /**
   * Starts a builder for rows from a tabular source.
   *
   * @param schema the declared layout
   * @param source the name used in messages
   * @param header the source's column names, in order
   * @return the builder
   * @throws InputFormatException if a declared column is not in the header, or a header name is
   *     blank or repeated
   */
  public static Builder builder(ParticipantSchema schema, String source, List<String> header) {
    Args.noNullElements(header, "header");
    return new Builder(schema, source, new CsvReader.Record(1, header));
  }

  /**
   * The schema the data were read under.
   *
   * @return the schema
   */
  public ParticipantSchema schema() {
    return schema;
  }

  /**
   * The file or source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The number of data rows read (malformed rows included).
   *
   * @return the row count
   */
  public int size() {
    return size;
  }

  /**
   * The 1-based line in the source of a row.
   *
   * @param row the row index, 0-based
   * @return the line number
   */
  public long line(int row) {
    return lines[Objects.checkIndex(row, size)];
  }

  /**
   * The participant id of a row (trimmed; empty text if blank or malformed).
   *
   * @param row the row index
   * @return the id
   */
  public String participantId(int row) {
    return ids.get(Objects.checkIndex(row, size));
  }

  /**
   * For every row, the first row (0-based) that carries the same participant id: the row itself
   * where its id first appears, and also for a malformed row or a blank id, which match no other row.
   * Ids are compared exactly as read (trimmed, case kept); "n/a" is an id like any other here.
   * Computed afresh on each call, in time linear in the rows.
   *
   * @return one entry per row, each at most its own row
   */
  public int[] firstRowOfEachId() {
    return ids.firstRows(isMalformed);
  }

  /**
   * Whether the row had the wrong number of fields.
   *
   * @param row the row index
   * @return the reason, or empty if the row is well formed
   */
  public Optional<String> malformed(int row) {
    return isMalformed[row] ? Optional.of(malformed.get(row)) : Optional.empty();
  }

  /**
   * The baseline score; meaningful only when {@link #baselineIssue(int)} is empty.
   *
   * @param row the row index
   * @return the score
   */
  public double baseline(int row) {
    return baseline[Objects.checkIndex(row, size)];
  }

  /**
   * The follow-up score; meaningful only when {@link #followUpIssue(int)} is empty.
   *
   * @param row the row index
   * @return the score
   */
  public double followUp(int row) {
    return followUp[Objects.checkIndex(row, size)];
  }

  /**
   * Sessions attended; meaningful only when {@link #sessionsIssue(int)} is empty.
   *
   * @param row the row index
   * @return the count
   */
  public int sessions(int row) {
    return sessions[Objects.checkIndex(row, size)];
  }

  /**
   * The declared date, if the schema has a date column and the cell held a date.
   *
   * @param row the row index
   * @return the date
   */
  public Optional<LocalDate> date(int row) {
    return schema.dateColumn().isPresent() && issues[DATE][Objects.checkIndex(row, size)] == 0
        ? Optional.of(LocalDate.ofEpochDay(epochDays[row])) : Optional.empty();
  }

  /**
   * The level index of a categorical covariate in a row; see {@link #levels(int)}.
   *
   * @param category the index into {@link ParticipantSchema#categoryColumns()}
   * @param row the row index
   * @return the level index
   */
  public int categoryCode(int category, int row) {
    return categoryCodes[category][Objects.checkIndex(row, size)];
  }

  /**
   * The levels seen for a categorical covariate, in order of first appearance; a blank or
   * "n/a" cell is the level {@value #MISSING_LEVEL}.
   *
   * @param category the index into {@link ParticipantSchema#categoryColumns()}
   * @return the levels
   */
  public List<String> levels(int category) {
    return levels.get(category);
  }

  /** The level recorded for a blank or "n/a" category cell. */
  public static final String MISSING_LEVEL = "(missing)";

  /**
   * The issue of the id cell.
   *
   * @param row the row index
   * @return the issue, if any
   */
  public Optional<CellIssue> idIssue(int row) {
    return issue(ID, row);
  }

  /**
   * The issue of the baseline cell.
   *
   * @param row the row index
   * @return the issue, if any
   */
  public Optional<CellIssue> baselineIssue(int row) {
    return issue(BASELINE, row);
  }

  /**
   * The issue of the follow-up cell.
   *
   * @param row the row index
   * @return the issue, if any
   */
  public Optional<CellIssue> followUpIssue(int row) {
    return issue(FOLLOW_UP, row);
  }

  /**
   * The issue of the sessions cell.
   *
   * @param row the row index
   * @return the issue, if any
   */
  public Optional<CellIssue> sessionsIssue(int row) {
    return issue(SESSIONS, row);
  }

  /**
   * Whether any cell of the row holds invalid content (debris other than blank or "n/a"), in
   * any declared column.
   *
   * @param row the row index
   * @return true if a declared cell is invalid
   */
  public boolean hasInvalidCell(int row) {
    Objects.checkIndex(row, size);
    for (byte[] col : issues) {
      int code = col[row];
      if (code != 0 && !ISSUES[code - 1].isMissing()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the row is well formed, its id, both scores and sessions hold values, and no declared
   * cell holds invalid content. A blank or "n/a" date or category cell does not make a row
   * incomplete: it is read as {@link #MISSING_LEVEL}.
   *
   * @param row the row index
   * @return true if the row has no issue that a cleaning rule would exclude it for, other than its
   *     values (sessions, score range) and its id's earlier appearances
   */
  public boolean isComplete(int row) {
    Objects.checkIndex(row, size);
    if (isMalformed[row]) {
      return false;
    }
    for (int slot = 0; slot < issues.length; slot++) {
      int code = issues[slot][row];
      if (code != 0 && (slot < DATE || !ISSUES[code - 1].isMissing())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every classified problem cell of a row, in column order.
   *
   * @param row the row index
   * @return the problems
   */
  public List<CellProblem> problems(int row) {
    Objects.checkIndex(row, size);
    List<CellProblem> out = new ArrayList<>();
    List<String> names = schema.columns();
    for (int k = 0; k < issues.length; k++) {
      int code = issues[k][row];
      if (code != 0) {
        String raw = rawProblemText.getOrDefault(key(row, k), "");
        out.add(new CellProblem(lines[row], names.get(slotToColumnIndex(k)), raw, ISSUES[code - 1]));
      }
    }
    return out;
  }

  private int slotToColumnIndex(int slot) {
    if (slot < DATE) {
      return slot;
    }
    return slot - (schema.dateColumn().isPresent() ? 0 : 1);
  }

  /**
   * How many cells had stray leading or trailing whitespace (trimmed before use).
   *
   * @return the count
   */
  public long trimmedCells() {
    return trimmedCells;
  }

  /**
   * How many date cells were Excel serial day numbers (converted from {@link Cells#EXCEL_EPOCH}).
   *
   * @return the count
   */
  public long excelSerialDates() {
    return excelSerialDates;
  }

  private Optional<CellIssue> issue(int slot, int row) {
    int code = issues[slot][Objects.checkIndex(row, size)];
    return code == 0 ? Optional.empty() : Optional.of(ISSUES[code - 1]);
  }

  private static long key(int row, int slot) {
    // the slot in the high half, so that Long.hashCode (high ^ low) spreads rows over the table
    return ((long) slot << 32) | row;
  }

  /** Accumulates rows into {@link ParticipantData}. */
  public static final class Builder {
    private final ParticipantSchema schema;
    private final String source;
    private final int headerSize;
    private final int[] fieldOf;
    private int[] streamSlot;
    private int size;
    private long[] lines = new long[1024];
    private final IdColumn ids = new IdColumn(1024);
    private double[] baseline = new double[1024];
    private double[] followUp = new double[1024];
    private int[] sessions = new int[1024];
    private int[] epochDays = new int[1024];
    private final int[][] categoryCodes;
    private final List<Map<String, Integer>> levelIndex = new ArrayList<>();
    private final byte[][] issues;
    private final Map<Integer, String> malformed = new HashMap<>();
    private final Map<Long, String> rawProblemText = new HashMap<>();
    private long trimmedCells;
    private long excelSerialDates;

    private Builder(ParticipantSchema schema, String source, CsvReader.Record header) {
      this.schema = Args.notNull(schema, "schema");
      this.source = Args.notBlank(source, "source");
      this.headerSize = header.fields().size();
      HeaderMap columns = HeaderMap.of(header, source, true);
      int categories = schema.categoryColumns().size();
      this.fieldOf = new int[CATEGORY0 + categories];
      Arrays.fill(fieldOf, -1);
      fieldOf[ID] = columns.require(schema.idColumn());
      fieldOf[BASELINE] = columns.require(schema.baselineColumn());
      fieldOf[FOLLOW_UP] = columns.require(schema.followUpColumn());
      fieldOf[SESSIONS] = columns.require(schema.sessionsColumn());
      if (schema.dateColumn().isPresent()) {
        fieldOf[DATE] = columns.require(schema.dateColumn().get());
      }
      this.categoryCodes = new int[categories][1024];
      for (int k = 0; k < categories; k++) {
        fieldOf[CATEGORY0 + k] = columns.require(schema.categoryColumns().get(k));
        levelIndex.add(new LinkedHashMap<>());
      }
      this.issues = new byte[CATEGORY0 + categories][1024];
    }

    /**
     * Adds one data row.
     *
     * @param line the 1-based line in the source
     * @param fields the row's cells in header order
     * @return this builder
     */
    public Builder addRow(long line, String[] fields) {
      Args.notNull(fields, "fields");
      ensureCapacity();
      int r = size++;
      lines[r] = line;
      if (fields.length != headerSize) {
        malformedRow(r, fields.length);
        return this;
      }
      id(r, fields[fieldOf[ID]]);
      baseline[r] = number(r, BASELINE, fields[fieldOf[BASELINE]]);
      followUp[r] = number(r, FOLLOW_UP, fields[fieldOf[FOLLOW_UP]]);
      sessions(r, number(r, SESSIONS, fields[fieldOf[SESSIONS]]), null, fields);
      if (fieldOf[DATE] >= 0) {
        date(r, DateCell.of(fields[fieldOf[DATE]]));
      }
      for (int k = 0; k < categoryCodes.length; k++) {
        category(r, k, CategoryCell.of(fields[fieldOf[CATEGORY0 + k]]));
      }
      return this;
    }

    /** Keeps only the declared columns of the stream's records; slot {@code k} is the k-th declared one. */
    private void select(CsvStream csv) {
      int declared = 0;
      for (int f : fieldOf) {
        declared += f >= 0 ? 1 : 0;
      }
      int[] columns = new int[declared];
      streamSlot = new int[fieldOf.length];
      int k = 0;
      for (int slot = 0; slot < fieldOf.length; slot++) {
        streamSlot[slot] = fieldOf[slot] >= 0 ? k : -1;
        if (fieldOf[slot] >= 0) {
          columns[k++] = fieldOf[slot];
        }
      }
      csv.select(columns);
    }

    /** Adds the stream's current record, as {@link #addRow} would add its fields. */
    private void addRecord(CsvStream csv) {
      ensureCapacity();
      int r = size++;
      lines[r] = csv.line();
      if (csv.width() != headerSize) {
        malformedRow(r, csv.width());
        return;
      }
      id(r, csv.text(streamSlot[ID]));
      baseline[r] = streamedNumber(csv, r, BASELINE);
      followUp[r] = streamedNumber(csv, r, FOLLOW_UP);
      sessions(r, streamedNumber(csv, r, SESSIONS), csv, null);
      if (fieldOf[DATE] >= 0) {
        date(r, csv.cached(streamSlot[DATE], DateCell::of));
      }
      for (int k = 0; k < categoryCodes.length; k++) {
        category(r, k, csv.cached(streamSlot[CATEGORY0 + k], CategoryCell::of));
      }
    }

    private double streamedNumber(CsvStream csv, int r, int slot) {
      int s = streamSlot[slot];
      if (csv.parseSimpleDecimal(s)) {
        issues[slot][r] = 0;
        return csv.decimal();
      }
      return number(r, slot, csv.text(s));
    }

    private void malformedRow(int r, int width) {
      malformed.put(r, "expected " + headerSize + " fields but found " + width);
      ids.add("");
      for (byte[] col : issues) {
        col[r] = 0;
      }
    }

    private void id(int r, String raw) {
      String id = trimmed(raw);
      ids.add(id);
      Optional<CellIssue> idIssue = Cells.missingIssue(id);
      setIssue(r, ID, idIssue.map(i -> i.ordinal() + 1).orElse(0), raw);
    }

    /** Checks a sessions count; the raw text comes from {@code fields}, or else from {@code csv}. */
    private void sessions(int r, double s, CsvStream csv, String[] fields) {
      if (issues[SESSIONS][r] == 0 && (s != Math.rint(s) || s < 0 || s > MAX_SESSIONS)) {
        CellIssue issue = s != Math.rint(s) || s < 0 ? CellIssue.NOT_A_WHOLE_NUMBER : CellIssue.OUT_OF_RANGE;
        setIssue(r, SESSIONS, issue.ordinal() + 1,
            fields != null ? fields[fieldOf[SESSIONS]] : csv.text(streamSlot[SESSIONS]));
      }
      sessions[r] = issues[SESSIONS][r] == 0 ? (int) s : 0;
    }

    private String trimmed(String raw) {
      String t = raw.strip();
      if (t.length() != raw.length()) {
        trimmedCells++;
      }
      return t;
    }

    private double number(int r, int slot, String raw) {
      String t = trimmed(raw);
      int code = Cells.numberCode(t);
      setIssue(r, slot, code, raw);
      return code == 0 ? Double.parseDouble(t) : 0.0;
    }

    private void date(int r, DateCell cell) {
      if (cell.trimmed()) {
        trimmedCells++;
      }
      if (cell.issue() != null) {
        setIssue(r, DATE, cell.issue().ordinal() + 1, cell.raw());
        return;
      }
      if (cell.excelSerial()) {
        excelSerialDates++;
      }
      epochDays[r] = cell.epochDay();
      issues[DATE][r] = 0;
    }

    private void category(int r, int k, CategoryCell cell) {
      if (cell.trimmed()) {
        trimmedCells++;
      }
      if (cell.level() == null) {
        setIssue(r, CATEGORY0 + k, CellIssue.SPREADSHEET_ERROR.ordinal() + 1, cell.raw());
        categoryCodes[k][r] = -1;
        return;
      }
      issues[CATEGORY0 + k][r] = 0;
      Map<String, Integer> index = levelIndex.get(k);
      Integer code = index.get(cell.level());
      if (code == null) {
        code = index.size();
        index.put(cell.level(), code);
      }
      categoryCodes[k][r] = code;
    }

    private void setIssue(int r, int slot, int code, String raw) {
      issues[slot][r] = (byte) code;
      if (code != 0) {
        rawProblemText.put(key(r, slot), raw);
      }
    }

    private void ensureCapacity() {
      if (size < lines.length) {
        return;
      }
      int n = lines.length * 2;
      lines = Arrays.copyOf(lines, n);
      baseline = Arrays.copyOf(baseline, n);
      followUp = Arrays.copyOf(followUp, n);
      sessions = Arrays.copyOf(sessions, n);
      epochDays = Arrays.copyOf(epochDays, n);
      for (int k = 0; k < categoryCodes.length; k++) {
        categoryCodes[k] = Arrays.copyOf(categoryCodes[k], n);
      }
      for (int k = 0; k < issues.length; k++) {
        issues[k] = Arrays.copyOf(issues[k], n);
      }
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws InputFormatException if no data row was added
     */
    public ParticipantData build() {
      return build(true);
    }

    private ParticipantData build(boolean copy) {
      if (size == 0) {
        throw new OutcomeDataException(source, 0, "(file)", "", "the file has a header but no data rows");
      }
      return new ParticipantData(this, copy);
    }
  }

  /**
   * A date cell classified once per distinct text.
   *
   * @param raw the cell as read
   * @param trimmed whether it had surrounding whitespace
   * @param issue why it holds no date, or null
   * @param epochDay the date's epoch day when it holds one
   * @param excelSerial whether it was an Excel serial day number
   */
  private record DateCell(String raw, boolean trimmed, CellIssue issue, int epochDay, boolean excelSerial) {
    static DateCell of(String raw) {
      String t = raw.strip();
      boolean trimmed = t.length() != raw.length();
      Optional<CellIssue> missing = Cells.missingIssue(t);
      if (missing.isPresent()) {
        return new DateCell(raw, trimmed, missing.get(), 0, false);
      }
      Optional<LocalDate> d = Cells.parseDate(t);
      if (d.isEmpty()) {
        return new DateCell(raw, trimmed, CellIssue.NOT_A_DATE, 0, false);
      }
      return new DateCell(raw, trimmed, null, (int) d.get().toEpochDay(), t.indexOf('-') < 0 && t.indexOf('/') < 0);
    }
  }

  /**
   * A category cell classified once per distinct text.
   *
   * @param raw the cell as read
   * @param trimmed whether it had surrounding whitespace
   * @param level the level (the trimmed text, or {@link #MISSING_LEVEL}), or null for a
   *     spreadsheet error code
   */
  private record CategoryCell(String raw, boolean trimmed, String level) {
    static CategoryCell of(String raw) {
      String t = raw.strip();
      boolean trimmed = t.length() != raw.length();
      Optional<CellIssue> missing = Cells.missingIssue(t);
      if (missing.isPresent()) {
        return new CategoryCell(raw, trimmed, missing.get() == CellIssue.SPREADSHEET_ERROR ? null : MISSING_LEVEL);
      }
      return new CategoryCell(raw, trimmed, t);
    }
  }

  /**
   * The data by column, everything needed to rebuild them with {@link #of(Columns)}: the form
   * written to JSON. Computed on demand (it copies every column).
   *
   * @return the columns
   */
  public Columns columns() {
    List<int[]> codes = new ArrayList<>();
    for (int[] c : categoryCodes) {
      codes.add(Arrays.copyOf(c, size));
    }
    SortedMap<Integer, List<CellProblem>> problems = new TreeMap<>();
    for (int r = 0; r < size; r++) {
      List<CellProblem> p = problems(r);
      if (!p.isEmpty()) {
        problems.put(r, p);
      }
    }
    return new Columns(schema, source, Arrays.copyOf(lines, size), ids.toArray(),
        Arrays.copyOf(baseline, size), Arrays.copyOf(followUp, size), Arrays.copyOf(sessions, size),
        Arrays.copyOf(epochDays, size), levels, codes, new TreeMap<>(malformed), problems, trimmedCells, excelSerialDates);
  }

  /**
   * Rebuilds data from their columns (for example as read from JSON), checking them as the loader
   * would have produced them: every column has one entry per row, category codes index their
   * levels ({@code -1} only for a spreadsheet error), sessions lie in {@code [0, }{@value #MAX_SESSIONS}{@code ]},
   * and every problem cell sits on its row's line in a declared column.
   *
   * @param columns the columns
   * @return the data, equal to the data the columns were taken from
   * @throws IllegalArgumentException naming the column, row and value that do not fit
   */
  public static ParticipantData of(Columns columns) {
    Columns c = Args.notNull(columns, "columns");
    ParticipantSchema schema = c.schema();
    int n = c.lines().length;
    Args.check(n > 0, "lines", "hold at least one data row", n);
    checkLength("ids", c.ids().length, n);
    checkLength("baseline", c.baseline().length, n);
    checkLength("followUp", c.followUp().length, n);
    checkLength("sessions", c.sessions().length, n);
    checkLength("epochDays", c.epochDays().length, n);
    int categories = schema.categoryColumns().size();
    checkLength("categoryCodes", c.categoryCodes().size(), categories);
    checkLength("levels", c.levels().size(), categories);
    for (int r = 0; r < n; r++) {
      Args.check(c.lines()[r] > 0, "lines[" + r + "]", "be a positive line number", c.lines()[r]);
      Args.check(c.sessions()[r] >= 0 && c.sessions()[r] <= MAX_SESSIONS, "sessions[" + r + "]",
          "lie in [0, " + MAX_SESSIONS + "]", c.sessions()[r]);
    }
    for (int k = 0; k < categories; k++) {
      int[] codes = c.categoryCodes().get(k);
      checkLength("categoryCodes[" + k + "]", codes.length, n);
      for (int r = 0; r < n; r++) {
        Args.check(c.malformed().containsKey(r) || codes[r] >= -1 && codes[r] < c.levels().get(k).size(), "categoryCodes[" + k + "][" + r + "]",
            "index the " + c.levels().get(k).size() + " levels of '" + schema.categoryColumns().get(k) + "'",
            codes[r]);
      }
    }
    for (int r : c.malformed().keySet()) {
      Args.check(r >= 0 && r < n, "malformed", "name rows in [0, " + n + ")", r);
    }
    byte[][] issues = new byte[CATEGORY0 + categories][n];
    Map<Long, String> raw = new HashMap<>();
    List<String> names = schema.columns();
    for (Map.Entry<Integer, List<CellProblem>> e : c.problems().entrySet()) {
      int r = e.getKey();
      Args.check(r >= 0 && r < n, "problems", "name rows in [0, " + n + ")", r);
      for (CellProblem p : e.getValue()) {
        Args.check(p.line() == c.lines()[r], "problems[" + r + "].line", "be the row's line " + c.lines()[r],
            p.line());
        int index = names.indexOf(p.column());
        Args.check(index >= 0, "problems[" + r + "].column", "be a declared column " + names, p.column());
        int slot = index < DATE ? index : index + (schema.dateColumn().isPresent() ? 0 : 1);
        Args.check(issues[slot][r] == 0, "problems[" + r + "].column", "appear once in its row", p.column());
        issues[slot][r] = (byte) (p.issue().ordinal() + 1);
        raw.put(key(r, slot), p.raw());
      }
    }
    for (int k = 0; k < categories; k++) {
      for (int r = 0; r < n; r++) {
        boolean error = issues[CATEGORY0 + k][r] == CellIssue.SPREADSHEET_ERROR.ordinal() + 1;
        Args.check(c.malformed().containsKey(r) || error == (c.categoryCodes().get(k)[r] == -1), "categoryCodes[" + k + "][" + r + "]",
            "be -1 exactly when the cell is a spreadsheet error", c.categoryCodes().get(k)[r]);
      }
    }
    return new ParticipantData(c, issues, raw);
  }

  private static void checkLength(String name, int length, int expected) {
    Args.check(length == expected, name, "have " + expected + " entries", length);
  }

  /**
   * Value equality: same schema, source, rows (lines, ids, scores, sessions, dates, category
   * codes and levels), malformed rows, problem cells with their raw text, and audit counts.
   * Computed on demand, column by column.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ParticipantData d) || size != d.size || trimmedCells != d.trimmedCells
        || excelSerialDates != d.excelSerialDates || !schema.equals(d.schema) || !source.equals(d.source)
        || !levels.equals(d.levels) || !malformed.equals(d.malformed) || !rawProblemText.equals(d.rawProblemText)) {
      return false;
    }
    if (!Arrays.equals(lines, 0, size, d.lines, 0, size) || !ids.sameIds(d.ids)
        || !Arrays.equals(baseline, 0, size, d.baseline, 0, size)
        || !Arrays.equals(followUp, 0, size, d.followUp, 0, size)
        || !Arrays.equals(sessions, 0, size, d.sessions, 0, size)
        || !Arrays.equals(epochDays, 0, size, d.epochDays, 0, size)) {
      return false;
    }
    for (int k = 0; k < categoryCodes.length; k++) {
      if (!Arrays.equals(categoryCodes[k], 0, size, d.categoryCodes[k], 0, size)) {
        return false;
      }
    }
    for (int k = 0; k < issues.length; k++) {
      if (!Arrays.equals(issues[k], 0, size, d.issues[k], 0, size)) {
        return false;
      }
    }
    return true;
  }

  /** Hashes the schema, source, size, audit counts and the lines and scores of the rows. */
  @Override
  public int hashCode() {
    int h = Objects.hash(schema, source, size, trimmedCells, excelSerialDates);
    for (int r = 0; r < size; r++) {
      h = 31 * h + Long.hashCode(lines[r]);
      h = 31 * h + Double.hashCode(baseline[r]);
      h = 31 * h + Double.hashCode(followUp[r]);
    }
    return h;
  }

  /**
   * Participant data by column: the form {@link ParticipantData#columns()} returns and
   * {@link ParticipantData#of(Columns)} rebuilds from, and the form written to JSON. The arrays
   * are copied on the way in; compare data through {@link ParticipantData#equals(Object)}, not
   * through this record (whose array components compare by identity).
   *
   * @param schema the declared layout
   * @param source the file or source name
   * @param lines the 1-based line of each row
   * @param ids each row's participant id (trimmed; empty if blank or malformed)
   * @param baseline each row's baseline score (0 where the cell has a problem)
   * @param followUp each row's follow-up score (0 where the cell has a problem)
   * @param sessions each row's sessions attended (0 where the cell has a problem)
   * @param epochDays each row's date as days since 1970-01-01 (0 where there is no date)
   * @param levels the levels of each categorical column, in order of first appearance
   * @param categoryCodes per categorical column, each row's level index ({@code -1} for a
   *     spreadsheet error)
   * @param malformed the rows with the wrong number of fields, by row index, with the reason
   * @param problems the problem cells of each row that has any, by row index, with their raw text
   * @param trimmedCells how many cells had stray whitespace trimmed
   * @param excelSerialDates how many dates were Excel serial day numbers
   */
  public record Columns(ParticipantSchema schema, String source, long[] lines, String[] ids, double[] baseline,
      double[] followUp, int[] sessions, int[] epochDays, List<List<String>> levels, List<int[]> categoryCodes,
      SortedMap<Integer, String> malformed, SortedMap<Integer, List<CellProblem>> problems, long trimmedCells,
      long excelSerialDates) {

    /**
     * Creates the columns, copying every array and collection.
     *
     * @param schema schema
     * @param source source
     * @param lines lines
     * @param ids ids
     * @param baseline baseline scores
     * @param followUp follow-up scores
     * @param sessions sessions
     * @param epochDays dates as epoch days
     * @param levels category levels
     * @param categoryCodes category codes
     * @param malformed malformed rows
     * @param problems problem cells
     * @param trimmedCells trimmed cell count
     * @param excelSerialDates Excel-date count
     */
    public Columns {
      Args.notNull(schema, "schema");
      Args.notBlank(source, "source");
      lines = Args.notNull(lines, "lines").clone();
      ids = Args.notNull(ids, "ids").clone();
      Args.noNullElements(Arrays.asList(ids), "ids");
      baseline = Args.notNull(baseline, "baseline").clone();
      followUp = Args.notNull(followUp, "followUp").clone();
      sessions = Args.notNull(sessions, "sessions").clone();
      epochDays = Args.notNull(epochDays, "epochDays").clone();
      levels = Args.noNullElements(levels, "levels").stream().map(List::copyOf).toList();
      categoryCodes = Args.noNullElements(categoryCodes, "categoryCodes").stream().map(int[]::clone).toList();
      malformed = Collections.unmodifiableSortedMap(new TreeMap<>(Args.notNull(malformed, "malformed")));
      SortedMap<Integer, List<CellProblem>> p = new TreeMap<>();
      Args.notNull(problems, "problems").forEach((r, list) -> p.put(r, List.copyOf(list)));
      problems = Collections.unmodifiableSortedMap(p);
      Args.notNegative(trimmedCells, "trimmedCells");
      Args.notNegative(excelSerialDates, "excelSerialDates");
    }
  }

  /** For example {@code ParticipantData[cyp.csv: 620 rows, SDQ total difficulties (sdq_initial -> sdq_final)]}. */
  @Override
  public String toString() {
    return "ParticipantData[" + source() + ": " + size() + " rows, " + schema().measure().name() + " ("
        + schema().baselineColumn() + " -> " + schema().followUpColumn() + ")]";
  }
}
