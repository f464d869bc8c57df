package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.clean.Exclusion;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.load.CellIssue;
import io.github.commissioningvfm.vfm.outcomes.load.Cells;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.HeaderMap;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.vfm.outcomes.load.OutcomeDataException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    Args.notNull(schema, "schema");
    var csv = new io.github.commissioningvfm.vfm.outcomes.load.CsvReader(reader, source);
    List<CsvReader.Record> records = new ArrayList<>();
    for (Optional<String[]> next = csv.next(); next.isPresent(); next = csv.next()) {
      records.add(new CsvReader.Record((int) csv.recordLine(), List.of(next.get())));
    }
    return read(records, source, schema);
  }

  private static ContactRecords read(List<CsvReader.Record> records, String source, ContactSchema schema) {
    if (records.isEmpty()) {
      throw new OutcomeDataException(source, 0, "(file)", "", "the file is empty: no header and no data rows");
    }
    HeaderMap columns = HeaderMap.of(records.get(0), source, true);
    String[] header = columns.names().toArray(new String[0]);
    int when = columns.require(schema.dateColumn().orElseGet(() -> schema.yearColumn().get()));
    boolean byYear = schema.yearColumn().isPresent();
    int alt = columns.require(schema.alternativeColumn());
    int att = schema.attendedColumn().map(columns::require).orElse(-1);
    int id = schema.idColumn().map(columns::require).orElse(-1);
    java.util.EnumMap<ContactRule, Long> counts = new java.util.EnumMap<>(ContactRule.class);
    List<Exclusion> exclusions = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    long rows = 0;
    for (CsvReader.Record record : records.subList(1, records.size())) {
      rows++;
      String[] f = record.fields().toArray(new String[0]);
      long line = record.line();
      ContactRule rule = null;
      String detail = "";
      Contact contact = null;
      if (f.length != header.length) {
        rule = ContactRule.MALFORMED_ROW;
        detail = "expected " + header.length + " fields but found " + f.length;
      } else {
        String whenText = f[when].strip();
        String whenCell = header[when] + " = '" + f[when] + "'";
        Optional<LocalDate> date = byYear ? Optional.empty() : Cells.parseDate(whenText);
        Optional<FinancialYear> year = byYear ? year(whenText) : date.flatMap(ContactRecords::yearContaining);
        String answer = f[alt].strip();
        if (date.isPresent() && year.isEmpty()) {
          rule = ContactRule.DATE_OUT_OF_RANGE;
          detail = whenCell;
        } else if (year.isEmpty()) {
          rule = ContactRule.INVALID_DATE;
          detail = whenCell;
        } else if (att >= 0 && !YES.contains(f[att].strip().toLowerCase(Locale.ROOT))) {
          rule = ContactRule.NOT_ATTENDED;
          detail = header[att] + " = '" + f[att] + "'";
        } else if (Cells.missingIssue(answer).filter(CellIssue::isMissing).isPresent()) {
          rule = ContactRule.BLANK_ALTERNATIVE;
          detail = schema.alternativeColumn() + " = '" + f[alt] + "'";
        } else if (Cells.missingIssue(answer).isPresent()) {
          rule = ContactRule.INVALID_ALTERNATIVE;
          detail = schema.alternativeColumn() + " = '" + f[alt] + "'";
        } else {
          contact = new Contact(line, year.get(), date, answer);
        }
      }
      if (rule != null) {
        counts.merge(rule, 1L, Long::sum);
        String who = id >= 0 && f.length == header.length ? f[id].strip() : "";
        exclusions.add(Exclusion.of(line, who, rule, detail));
      } else {
        contacts.add(contact);
      }
    }
    if (rows == 0) {
      throw new OutcomeDataException(source, 0, "(file)", "", "the file has a header but no data rows");
    }
    List<RuleCount> rc = new ArrayList<>();
    for (ContactRule r : ContactRule.values()) {
      rc.add(RuleCount.of(r, counts.getOrDefault(r, 0L)));
    }
    return new ContactRecords(source, contacts, new ExclusionReport(source, rows, contacts.size(), rc, exclusions));
  }

  private static Optional<FinancialYear> yearContaining(LocalDate date) {
    try {
      return Optional.of(FinancialYear.containing(date));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<FinancialYear> year(String text) {
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
   * Reads contacts from a UTF-8 CSV file with a header row.
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
    return read(CsvReader.read(InputFiles.read(file, InputFiles.DEFAULT_MAX_BYTES), source, CsvReader.Dialect.LENIENT),
        source, schema);
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
