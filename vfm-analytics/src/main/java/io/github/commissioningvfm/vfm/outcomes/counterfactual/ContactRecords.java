package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionRows;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.load.CellIssue;
import io.github.commissioningvfm.vfm.outcomes.load.Cells;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.HeaderMap;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.vfm.outcomes.load.OutcomeDataException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Contact-level records with their stated alternatives, read from CSV under a
 * {@link ContactSchema}, with an exclusion audit. Exclusion rules, in order, are the
 * {@link ContactRule}s: {@code malformed-row}; {@code invalid-date} (date or financial year blank or
 * unreadable); {@code date-out-of-range} (a readable date outside the supported years, excluded
 * with its line and value rather than stopping the file); {@code not-attended} (the attended
 * column, when declared, is not yes/y/true/1/attended); {@code blank-alternative} (blank, or n/a,
 * na, n.a., null: no answer recorded); {@code invalid-alternative} (a spreadsheet error code such as
 * {@code #N/A}). The answer "None" (would have gone nowhere) is an answer like any other, not a
 * missing value.
 *
 * @param source the file or source name
 * @param contacts the included contacts
 * @param report the exclusion audit (included + excluded = rows read)
 * @since 0.1.0
 */
public record ContactRecords(String source, List<Contact> contacts, ExclusionReport report) {

  private static final Set<String> YES = Set.of("yes", "y", "true", "1", "attended");

  /**
   * Creates the records.
   *
   * @param source source
   * @param contacts contacts
   * @param report report
   */
  public ContactRecords {
    Args.notBlank(source, "source");
    contacts = List.copyOf(Args.noNullElements(contacts, "contacts"));
    Args.notNull(report, "report");
    Args.check(report.included() == contacts.size(), "contacts", "match the report's included count "
        + report.included(), contacts.size());
  }

  /**
   * One included contact.
   *
   * @param line the 1-based line in the source
   * @param year the contact's financial year
   * @param date the contact date, when the file records one
   * @param alternative the stated alternative, trimmed
   */
  public record Contact(long line, FinancialYear year, Optional<LocalDate> date, String alternative) {

    /**
     * Creates a contact.
     *
     * @param line line
     * @param year financial year
     * @param date date, if known
     * @param alternative alternative
     */
    public Contact {
      Args.positive(line, "line");
      Args.notNull(year, "year");
      Args.notNull(date, "date");
      Args.notBlank(alternative, "alternative");
      date.ifPresent(d -> Args.check(year.contains(d), "year", "contain the date " + d, year));
    }

    /**
     * A dated contact.
     *
     * @param line the line
     * @param date the date
     * @param alternative the alternative
     * @return the contact, in the financial year containing the date
     */
    public static Contact dated(long line, LocalDate date, String alternative) {
      return new Contact(line, FinancialYear.containing(Args.notNull(date, "date")), Optional.of(date), alternative);
    }
  }

  /**
   * Reads contacts from CSV with a date column (shorthand for a {@link ContactSchema}).
   *
   * @param reader the text
   * @param source the name used in messages
   * @param dateColumn the contact date column
   * @param alternativeColumn the stated-alternative column
   * @param attendedColumn the attended flag column, if any
   * @return the records
   * @throws InputFormatException naming file, line, column and value if the file is empty, has an
   *     unclosed quote, or lacks a declared column or repeats or blanks a header name
   */
  public static ContactRecords readCsv(Reader reader, String source, String dateColumn, String alternativeColumn,
      Optional<String> attendedColumn) {
    ContactSchema.Builder b = ContactSchema.builder(alternativeColumn).date(dateColumn);
    attendedColumn.ifPresent(b::attended);
    return readCsv(reader, source, b.build());
  }

  /**
   * Reads contacts from CSV with a header row.
   *
   * @param reader the text
   * @param source the name used in messages
   * @param schema the declared layout
   * @return the records
   * @throws InputFormatException naming file, line, column and value if the file is empty, has an
   *     unclosed quote, or lacks a declared column or repeats or blanks a header name
   */
  public static ContactRecords readCsv(Reader reader, String source, ContactSchema schema) {
    Args.notNull(reader, "reader");
    Args.notBlank(source, "source");
    Args.notNull(schema, "schema");
    return read(CsvStream.of(reader, source, CsvReader.Dialect.LENIENT, InputFiles.DEFAULT_MAX_BYTES), source,
        schema);
  }

  /** Slots of the declared columns in the stream. */
  private static final int WHEN = 0;
  private static final int ALTERNATIVE = 1;
  private static final int ATTENDED = 2;

  private static ContactRecords read(CsvStream csv, String source, ContactSchema schema) {
    if (!csv.next()) {
      throw new OutcomeDataException(source, 0, "(file)", "", "the file is empty: no header and no data rows");
    }
    HeaderMap columns = HeaderMap.of(csv.record(), source, true);
    List<String> header = columns.names();
    int when = columns.require(schema.dateColumn().orElseGet(() -> schema.yearColumn().get()));
    boolean byYear = schema.yearColumn().isPresent();
    int alt = columns.require(schema.alternativeColumn());
    int att = schema.attendedColumn().map(columns::require).orElse(-1);
    int id = schema.idColumn().map(columns::require).orElse(-1);
    int attSlot = att >= 0 ? ATTENDED : -1;
    int idSlot = id < 0 ? -1 : att >= 0 ? ATTENDED + 1 : ATTENDED;
    int[] selected = att >= 0 && id >= 0 ? new int[] {when, alt, att, id}
        : att >= 0 ? new int[] {when, alt, att} : id >= 0 ? new int[] {when, alt, id} : new int[] {when, alt};
    csv.select(selected);
    String whenColumn = header.get(when);
    String attColumn = att >= 0 ? header.get(att) : "";
    Function<String, When> whenCell = raw -> When.of(raw, whenColumn, byYear);
    Function<String, Answer> answerCell = raw -> Answer.of(raw, schema.alternativeColumn());
    Function<String, Attended> attendedCell = raw -> Attended.of(raw, attColumn);
    long[] counts = new long[ContactRule.values().length];
    ExclusionRows.Builder exclusions = ExclusionRows.builder();
    List<Contact> contacts = new ArrayList<>();
    long rows = 0;
    while (csv.next()) {
      rows++;
      long line = csv.line();
      ContactRule rule;
      String detail;
      if (csv.width() != header.size()) {
        rule = ContactRule.MALFORMED_ROW;
        detail = "expected " + header.size() + " fields but found " + csv.width();
      } else {
        When w = csv.cached(WHEN, whenCell);
        Attended attended = attSlot >= 0 ? csv.cached(attSlot, attendedCell) : null;
        Answer answer = w.rule() == null && (attended == null || attended.yes()) ? csv.cached(ALTERNATIVE, answerCell)
            : null;
        if (w.rule() != null) {
          rule = w.rule();
          detail = w.detail();
        } else if (attended != null && !attended.yes()) {
          rule = ContactRule.NOT_ATTENDED;
          detail = attended.detail();
        } else if (answer.rule() != null) {
          rule = answer.rule();
          detail = answer.detail();
        } else {
          contacts.add(new Contact(line, w.year(), w.date(), answer.answer()));
          continue;
        }
      }
      counts[rule.ordinal()]++;
      String who = idSlot >= 0 && csv.width() == header.size() ? csv.text(idSlot).strip() : "";
      exclusions.add(line, who, rule, detail);
    }
    if (rows == 0) {
      throw new OutcomeDataException(source, 0, "(file)", "", "the file has a header but no data rows");
    }
    List<RuleCount> rc = new ArrayList<>();
    for (ContactRule r : ContactRule.values()) {
      rc.add(RuleCount.of(r, counts[r.ordinal()]));
    }
    return new ContactRecords(source, contacts, new ExclusionReport(source, rows, contacts.size(), rc,
        exclusions.build()));
  }

  /**
   * The when-cell (date or financial year) of a contact, classified once per distinct text.
   *
   * @param date the date, if the column holds dates and this one is readable
   * @param year the financial year, or null when the row is excluded
   * @param rule the exclusion rule, or null
   * @param detail the audit detail when excluded
   */
  private record When(Optional<LocalDate> date, FinancialYear year, ContactRule rule, String detail) {
    static When of(String raw, String column, boolean byYear) {
      String text = raw.strip();
      Optional<LocalDate> date = byYear ? Optional.empty() : Cells.parseDate(text);
      Optional<FinancialYear> year = byYear ? parseYear(text) : date.flatMap(ContactRecords::yearContaining);
      String detail = column + " = '" + raw + "'";
      if (date.isPresent() && year.isEmpty()) {
        return new When(date, null, ContactRule.DATE_OUT_OF_RANGE, detail);
      }
      if (year.isEmpty()) {
        return new When(date, null, ContactRule.INVALID_DATE, detail);
      }
      return new When(date, year.get(), null, "");
    }
  }

  /**
   * The attended flag, classified once per distinct text.
   *
   * @param yes whether it counts as attended
   * @param detail the audit detail when not
   */
  private record Attended(boolean yes, String detail) {
    static Attended of(String raw, String column) {
      return new Attended(YES.contains(raw.strip().toLowerCase(Locale.ROOT)), column + " = '" + raw + "'");
    }
  }

  /**
   * The stated alternative, classified once per distinct text.
   *
   * @param answer the trimmed answer
   * @param rule the exclusion rule, or null
   * @param detail the audit detail when excluded
   */
  private record Answer(String answer, ContactRule rule, String detail) {
    static Answer of(String raw, String column) {
      String answer = raw.strip();
      Optional<CellIssue> issue = Cells.missingIssue(answer);
      ContactRule rule = issue.isEmpty() ? null
          : issue.get().isMissing() ? ContactRule.BLANK_ALTERNATIVE : ContactRule.INVALID_ALTERNATIVE;
      return new Answer(answer, rule, column + " = '" + raw + "'");
    }
  }

  private static Optional<FinancialYear> yearContaining(LocalDate date) {
    try {
      return Optional.of(FinancialYear.containing(date));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<FinancialYear> parseYear(String text) {
    try {
      return Optional.of(FinancialYear.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads contacts from a UTF-8 CSV file with a date column.
   *
   * @param file the file
   * @param dateColumn the contact date column
   * @param alternativeColumn the stated-alternative column
   * @param attendedColumn the attended flag column, if any
   * @return the records
   * @throws InputFormatException naming file, line, column and value if the file is empty, has an
   *     unclosed quote, or lacks a declared column or repeats or blanks a header name
   */
  public static ContactRecords readCsv(java.nio.file.Path file, String dateColumn, String alternativeColumn,
      Optional<String> attendedColumn) {
    ContactSchema.Builder b = ContactSchema.builder(alternativeColumn).date(dateColumn);
    attendedColumn.ifPresent(b::attended);
    return readCsv(file, b.build());
  }

  /**
   * Reads contacts from a UTF-8 CSV file with a header row, a record at a time: only the declared
   * columns are kept, each distinct date, year, flag and answer is classified once, and excluded
   * rows are kept as compact rows for the audit, so memory grows with the contacts, not with the
   * file's text.
   *
   * @param file the file
   * @param schema the declared layout
   * @return the records
   * @throws InputFormatException naming file, line, column and value if the file is empty, has an
   *     unclosed quote, or lacks a declared column or repeats or blanks a header name
   */
  public static ContactRecords readCsv(java.nio.file.Path file, ContactSchema schema) {
    Args.notNull(file, "file");
    Args.notNull(schema, "schema");
    String source = file.getFileName().toString();
    try (CsvStream csv = CsvStream.open(file, source, CsvReader.Dialect.LENIENT, InputFiles.DEFAULT_MAX_BYTES)) {
      return read(csv, source, schema);
    }
  }

  /**
   * Records built in code (all included), for contacts that do not come from a file.
   *
   * @param source a name for the data
   * @param contacts the contacts
   * @return the records
   */
  public static ContactRecords of(String source, List<Contact> contacts) {
    ExclusionReport report = new ExclusionReport(source, contacts.size(), contacts.size(), List.of(), List.of());
    return new ContactRecords(source, contacts, report);
  }
}
