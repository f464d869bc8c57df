package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.clean.Exclusion;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.load.CellIssue;
import io.github.commissioningvfm.vfm.outcomes.load.Cells;
import io.github.commissioningvfm.vfm.outcomes.load.CsvReader;
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
   * @throws OutcomeDataException if the file is empty or lacks a declared column
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
   * @throws OutcomeDataException if the file is empty or lacks a declared column
   */
  public static ContactRecords readCsv(Reader reader, String source, ContactSchema schema) {
    Args.notNull(schema, "schema");
    CsvReader csv = new CsvReader(reader, source);
    String[] header = csv.next().orElseThrow(() -> new OutcomeDataException(source, 0, "", "",
        "the file is empty: no header and no data rows"));
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      pos.putIfAbsent(header[i].strip(), i);
    }
    int when = column(pos, schema.dateColumn().orElseGet(() -> schema.yearColumn().get()), source);
    boolean byYear = schema.yearColumn().isPresent();
    int alt = column(pos, schema.alternativeColumn(), source);
    int att = schema.attendedColumn().map(c -> column(pos, c, source)).orElse(-1);
    int id = schema.idColumn().map(c -> column(pos, c, source)).orElse(-1);
    java.util.EnumMap<ContactRule, Long> counts = new java.util.EnumMap<>(ContactRule.class);
    List<Exclusion> exclusions = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    long rows = 0;
    for (Optional<String[]> next = csv.next(); next.isPresent(); next = csv.next()) {
      rows++;
      String[] f = next.get();
      long line = csv.recordLine();
      ContactRule rule = null;
      String detail = "";
      Contact contact = null;
      if (f.length != header.length) {
        rule = ContactRule.MALFORMED_ROW;
        detail = "expected " + header.length + " fields but found " + f.length;
      } else {
        String whenText = f[when].strip();
        String whenCell = header[when].strip() + " = '" + f[when] + "'";
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
          detail = header[att].strip() + " = '" + f[att] + "'";
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
      throw new OutcomeDataException(source, 0, "", "", "the file has a header but no data rows");
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
   * @throws OutcomeDataException if the file is empty or lacks a declared column
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
   * @throws OutcomeDataException if the file is empty or lacks a declared column
   */
  public static ContactRecords readCsv(java.nio.file.Path file, ContactSchema schema) {
    Args.notNull(file, "file");
    try (Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return readCsv(r, file.getFileName().toString(), schema);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read '" + file + "'", e);
    }
  }

  private static int column(Map<String, Integer> pos, String column, String source) {
    Integer i = pos.get(Args.notBlank(column, "column"));
    if (i == null) {
      throw new OutcomeDataException(source, 1, column, "", "required column is missing; the header has "
          + pos.keySet().stream().sorted().toList());
    }
    return i;
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
