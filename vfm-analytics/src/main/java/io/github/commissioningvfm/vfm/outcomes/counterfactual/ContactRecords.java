package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.clean.Exclusion;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.load.Cells;
import io.github.commissioningvfm.vfm.outcomes.load.CsvReader;
import io.github.commissioningvfm.vfm.outcomes.load.OutcomeDataException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contact-level records with their stated alternatives, read from CSV, with an exclusion audit.
 * Exclusion rules, in order: {@code malformed-row}; {@code invalid-date} (blank or not a date);
 * {@code not-attended} (the attended column, when declared, is not yes/true/1/y/attended);
 * {@code blank-alternative}.
 *
 * @param source the file or source name
 * @param contacts the included contacts: financial year and alternative
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
   * @param date the contact date
   * @param alternative the stated alternative, trimmed
   */
  public record Contact(long line, LocalDate date, String alternative) {

    /**
     * Creates a contact.
     *
     * @param line line
     * @param date date
     * @param alternative alternative
     */
    public Contact {
      Args.positive(line, "line");
      Args.notNull(date, "date");
      Args.notBlank(alternative, "alternative");
    }

    /**
     * The contact's financial year.
     *
     * @return the year containing the date
     */
    public FinancialYear year() {
      return FinancialYear.containing(date);
    }
  }

  /**
   * Reads contacts from CSV with a header row.
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
    CsvReader csv = new CsvReader(reader, source);
    String[] header = csv.next().orElseThrow(() -> new OutcomeDataException(source, 0, "", "",
        "the file is empty: no header and no data rows"));
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      pos.putIfAbsent(header[i].strip(), i);
    }
    int date = column(pos, dateColumn, source);
    int alt = column(pos, alternativeColumn, source);
    int att = attendedColumn.map(c -> column(pos, c, source)).orElse(-1);
    String[] rules = {"malformed-row", "invalid-date", "not-attended", "blank-alternative"};
    String[] descriptions = {"row has the wrong number of fields", "contact date blank or not a date",
        "contact not attended", "no alternative stated"};
    long[] counts = new long[rules.length];
    List<Exclusion> exclusions = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    long rows = 0;
    for (Optional<String[]> next = csv.next(); next.isPresent(); next = csv.next()) {
      rows++;
      String[] f = next.get();
      long line = csv.recordLine();
      int rule = -1;
      String detail = "";
      LocalDate d = null;
      if (f.length != header.length) {
        rule = 0;
        detail = "expected " + header.length + " fields but found " + f.length;
      } else {
        Optional<LocalDate> parsed = Cells.parseDate(f[date].strip());
        if (parsed.isEmpty()) {
          rule = 1;
          detail = dateColumn + " = '" + f[date] + "'";
        } else if (att >= 0 && !YES.contains(f[att].strip().toLowerCase(Locale.ROOT))) {
          rule = 2;
          detail = attendedColumn.get() + " = '" + f[att] + "'";
        } else if (Cells.missingIssue(f[alt].strip()).isPresent()) {
          rule = 3;
          detail = alternativeColumn + " = '" + f[alt] + "'";
        } else {
          d = parsed.get();
        }
      }
      if (rule >= 0) {
        counts[rule]++;
        exclusions.add(new Exclusion(line, "", rules[rule], detail));
      } else {
        contacts.add(new Contact(line, d, f[alt].strip()));
      }
    }
    if (rows == 0) {
      throw new OutcomeDataException(source, 0, "", "", "the file has a header but no data rows");
    }
    List<RuleCount> rc = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      rc.add(new RuleCount(rules[i], descriptions[i], counts[i]));
    }
    return new ContactRecords(source, contacts, new ExclusionReport(source, rows, contacts.size(), rc, exclusions));
  }

  /**
   * Reads contacts from a UTF-8 CSV file with a header row.
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
    Args.notNull(file, "file");
    try (Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return readCsv(r, file.getFileName().toString(), dateColumn, alternativeColumn, attendedColumn);
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
    ExclusionReport report = new ExclusionReport(source, contacts.size(), contacts.size(), Arrays.asList(), List.of());
    return new ContactRecords(source, contacts, report);
  }
}
