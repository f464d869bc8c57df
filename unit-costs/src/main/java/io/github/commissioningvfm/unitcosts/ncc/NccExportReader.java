package io.github.commissioningvfm.unitcosts.ncc;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostCategory;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.internal.CsvParser;
import io.github.commissioningvfm.unitcosts.internal.TableReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads NHS National Cost Collection files as NHS England and others export them, quirks
 * included, into a {@link UnitCostTable} with generated keys {@code ncc.<department>.<currency>}
 * (lower case, words joined by '-').
 *
 * <p>Two layouts are recognised:
 * <ul>
 *   <li>the flat export with the header
 *       {@code Service Code,Dept or Currency Code,Dept or Currency Desc,Activity,Unit cost,Cost}
 *       (the 2023/24 Power BI export): one row per currency;</li>
 *   <li>the summary sheet saved as CSV (2024/25): <em>two header rows</em>, the first naming the
 *       department above its columns, the second the measure ({@code Activity},
 *       {@code Unit cost}, {@code Cost}), with the first column holding
 *       {@code "CODE - Description"}; a {@code Total} column group and a {@code Total} row are
 *       dropped.</li>
 * </ul>
 * Both accept a UTF-8 byte order mark, CRLF line ends, codes and descriptions with leading or
 * trailing spaces, and numbers with thousands separators inside quotes ({@code "14,015"}) or a
 * pound sign. Suppressed cells ({@code *}) and empty unit costs are skipped: the source publishes
 * no figure for them. Any other bad cell throws {@link TableFormatException} naming file, line and
 * column, and nothing is returned.
 *
 * @since 0.1.0
 */
public final class NccExportReader {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final String FLAT_FIRST = "Service Code";

  private NccExportReader() {
  }

  /**
   * Reads an NCC export.
   *
   * @param file the CSV file
   * @param edition the edition's facts (source, edition, citation, licence)
   * @param priceBase the price base of the figures, normally the collection year
   * @param units the unit of each department as named in the file, e.g.
   *     {@code Map.of("Ambulance", CostUnit.PER_INCIDENT)}; a department with rows but no unit is
   *     an error
   * @return the table
   */
  public static UnitCostTable read(Path file, EditionInfo edition, FinancialYear priceBase,
      Map<String, CostUnit> units) {
    Args.notNull(file, "file");
    Args.notNull(edition, "edition");
    Args.notNull(priceBase, "priceBase");
    Args.noNullEntries(units, "units");
    String name = file.toString();
    List<CsvParser.Record> records = CsvParser.parse(
        CsvParser.decodeUtf8(TableReader.readFile(file), name), name, true);
    if (records.size() < 2) {
      throw new TableFormatException(name, 1, "(header)", "", "expected a header and at least one row");
    }
    Context ctx = new Context(name, edition, priceBase, units);
    if (records.get(0).fields().get(0).trim().equals(FLAT_FIRST)) {
      readFlat(records, ctx);
    } else {
      readTwoHeaderRows(records, ctx);
    }
    return UnitCostTable.of(edition, ctx.rows, Map.of());
  }

  private static void readFlat(List<CsvParser.Record> records, Context ctx) {
    List<String> header = trimmed(records.get(0).fields());
    int dept = column(header, "Service Code", records.get(0), ctx);
    int code = column(header, "Dept or Currency Code", records.get(0), ctx);
    int desc = column(header, "Dept or Currency Desc", records.get(0), ctx);
    int activity = column(header, "Activity", records.get(0), ctx);
    int unitCost = column(header, "Unit cost", records.get(0), ctx);
    for (CsvParser.Record r : records.subList(1, records.size())) {
      if (r.fields().size() != header.size()) {
        throw new TableFormatException(ctx.file, r.line(), "(row)", String.join(",", r.fields()),
            "expected " + header.size() + " fields, found " + r.fields().size());
      }
      String currency = r.fields().get(code).trim();
      if (currency.isEmpty()) {
        continue;
      }
      ctx.add(r.line(), r.fields().get(dept).trim(), currency, r.fields().get(desc).trim(),
          r.fields().get(activity), r.fields().get(unitCost), "Unit cost");
    }
  }

  private static void readTwoHeaderRows(List<CsvParser.Record> records, Context ctx) {
    List<String> departments = trimmed(records.get(0).fields());
    List<String> measures = trimmed(records.get(1).fields());
    String current = "";
    Map<String, int[]> columns = new java.util.LinkedHashMap<>();
    for (int i = 1; i < measures.size(); i++) {
      if (i < departments.size() && !departments.get(i).isEmpty()) {
        current = departments.get(i);
      }
      if (current.isEmpty()) {
        throw new TableFormatException(ctx.file, records.get(0).line(), String.valueOf(i + 1), "",
            "no department named above this column in the first header row");
      }
      int[] cols = columns.computeIfAbsent(current, d -> new int[] {-1, -1});
      if (measures.get(i).equalsIgnoreCase("Activity")) {
        cols[0] = i;
      } else if (measures.get(i).equalsIgnoreCase("Unit cost")) {
        cols[1] = i;
      }
    }
    columns.remove("Total");
    for (Map.Entry<String, int[]> e : columns.entrySet()) {
      if (e.getValue()[1] < 0) {
        throw new TableFormatException(ctx.file, records.get(1).line(), e.getKey(), String.join(",", measures),
            "no 'Unit cost' column under this department in the second header row");
      }
    }
    for (CsvParser.Record r : records.subList(2, records.size())) {
      String label = r.fields().get(0).trim();
      if (label.isEmpty() || label.equalsIgnoreCase("Total")) {
        continue;
      }
      int dash = label.indexOf(" - ");
      String code = dash < 0 ? label : label.substring(0, dash).trim();
      String desc = dash < 0 ? label : label.substring(dash + 3).trim();
      for (Map.Entry<String, int[]> e : columns.entrySet()) {
        int[] cols = e.getValue();
        String unitCost = cell(r, cols[1]);
        String activity = cols[0] < 0 ? "" : cell(r, cols[0]);
        ctx.add(r.line(), e.getKey(), code, desc, activity, unitCost, e.getKey() + " / " + measures.get(cols[1]));
      }
    }
  }

  private static String cell(CsvParser.Record r, int index) {
    return index < r.fields().size() ? r.fields().get(index) : "";
  }

  private static int column(List<String> header, String name, CsvParser.Record record, Context ctx) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new TableFormatException(ctx.file, record.line(), name, String.join(",", record.fields()),
          "required column is missing from the header");
    }
    return i;
  }

  private static List<String> trimmed(List<String> fields) {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.trim()));
    return out;
  }

  /**
   * A key part from a name: lower case, runs of other characters replaced by one '-'.
   *
   * @param text e.g. "Mental Health Care Contact"
   * @return e.g. "mental-health-care-contact"
   */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private static final class Context {
    private final String file;
    private final EditionInfo edition;
    private final FinancialYear priceBase;
    private final Map<String, CostUnit> units;
    private final List<UnitCost> rows = new ArrayList<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    Context(String file, EditionInfo edition, FinancialYear priceBase, Map<String, CostUnit> units) {
      this.file = file;
      this.edition = edition;
      this.priceBase = priceBase;
      this.units = units;
    }

    void add(int line, String department, String code, String description, String activity, String unitCost,
        String unitCostColumn) {
      String value = number(unitCost);
      if (value.isEmpty() || value.equals("*")) {
        return;
      }
      if (!NUMBER.matcher(value).matches()) {
        throw new TableFormatException(file, line, unitCostColumn, unitCost, "is not a number");
      }
      if (value.startsWith("-")) {
        throw new TableFormatException(file, line, unitCostColumn, unitCost, "must not be negative");
      }
      CostUnit unit = units.get(department);
      if (unit == null) {
        throw new TableFormatException(file, line, "department", department,
            "no unit given for this department; pass one in 'units'");
      }
      String key = "ncc." + slug(department) + "." + slug(code);
      Integer earlier = firstLine.putIfAbsent(key, line);
      if (earlier != null) {
        throw new TableFormatException(file, line, "currency", code, "duplicate key '" + key + "', first on line "
            + earlier);
      }
      String act = number(activity);
      String notes = act.isEmpty() || act.equals("*") ? "" : "Activity " + act + ".";
      rows.add(UnitCost.builder()
          .key(key)
          .description(department + ": " + code + (description.equals(code) ? "" : " " + description))
          .unit(unit)
          .value(new Cost(BigMoney.of(new BigDecimal(value)), priceBase))
          .sourceLocation(department + ", " + code)
          .category(CostCategory.NHS)
          .notes(notes)
          .source(edition.sourceName(), edition.edition())
          .build());
    }

    private static String number(String text) {
      return text.trim().replace(",", "").replace("\u00a3", "");
    }
  }
}
