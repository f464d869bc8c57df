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
import io.github.commissioningvfm.model.internal.io.Cell;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.HeaderMap;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.unitcosts.internal.TableReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Both are read with the lenient CSV dialect: a UTF-8 byte order mark, CRLF line ends, codes and
 * descriptions with leading or trailing spaces, and numbers with thousands separators inside
 * quotes ({@code "14,015"}) or a pound sign are accepted. A comma that is not a thousands separator
 * in groups of three ({@code "12,34"}) is refused, never read as 1234. Suppressed ({@code *}) and
 * blank unit costs hold no figure, and a flat-export row without a currency code is a department
 * total: each is listed in {@link NccExport#skipped()} with its line and column, never dropped
 * silently. A row shorter or longer than the header and any other bad cell throw {@link TableFormatException} naming file, line, column and
 * value, and nothing is returned.
 *
 * @since 0.1.0
 */
public final class NccExportReader {

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
   * @return the table and the cells that hold no figure
   */
  public static NccExport read(Path file, EditionInfo edition, FinancialYear priceBase,
      Map<String, CostUnit> units) {
    Args.notNull(file, "file");
    Args.notNull(edition, "edition");
    Args.notNull(priceBase, "priceBase");
    Args.noNullEntries(units, "units");
    String name = file.toString();
    List<CsvReader.Record> records;
    try {
      records = CsvReader.read(TableReader.readFile(file), name, CsvReader.Dialect.LENIENT);
    } catch (InputFormatException e) {
      throw new TableFormatException(e.file(), e.line(), e.column(), e.value(), e.problem());
    }
    if (records.size() < 2) {
      throw new TableFormatException(name, 1, "(header)", "", "expected a header and at least one row");
    }
    Context ctx = new Context(name, edition, priceBase, units);
    if (records.get(0).fields().get(0).trim().equals(FLAT_FIRST)) {
      readFlat(records, ctx);
    } else {
      readTwoHeaderRows(records, ctx);
    }
    return new NccExport(UnitCostTable.of(edition, ctx.rows, Map.of()), ctx.skipped, ctx.costCells);
  }

  private static void readFlat(List<CsvReader.Record> records, Context ctx) {
    int dept;
    int code;
    int desc;
    int activity;
    int unitCost;
    HeaderMap header;
    try {
      header = HeaderMap.of(records.get(0), ctx.file, true);
      dept = header.require("Service Code");
      code = header.require("Dept or Currency Code");
      desc = header.require("Dept or Currency Desc");
      activity = header.require("Activity");
      unitCost = header.require("Unit cost");
    } catch (InputFormatException e) {
      throw new TableFormatException(e.file(), e.line(), e.column(), e.value(), e.problem());
    }
    for (CsvReader.Record r : records.subList(1, records.size())) {
      if (r.fields().size() != header.names().size()) {
        throw new TableFormatException(ctx.file, r.line(), "(row)", r.joined(),
            (r.fields().size() < header.names().size() ? "truncated row: " : "")
                + "expected " + header.names().size() + " fields as in the header, found " + r.fields().size());
      }
      String currency = r.fields().get(code).trim();
      if (currency.isEmpty()) {
        ctx.costCells++;
        ctx.skipped.add(new NccExport.Skipped(r.line(), "Dept or Currency Code", "", r.fields().get(unitCost),
            "no currency code: a department total, not a unit cost"));
        continue;
      }
      ctx.add(r.line(), r.fields().get(dept).trim(), currency, r.fields().get(desc).trim(),
          r.fields().get(activity), r.fields().get(unitCost), "Unit cost");
    }
  }

  private static void readTwoHeaderRows(List<CsvReader.Record> records, Context ctx) {
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
    for (CsvReader.Record r : records.subList(2, records.size())) {
      String label = r.fields().get(0).trim();
      if (label.equalsIgnoreCase("Total")) {
        continue;
      }
      if (r.fields().size() != measures.size()) {
        throw new TableFormatException(ctx.file, r.line(), "(row)", r.joined(),
            (r.fields().size() < measures.size() ? "truncated row: " : "")
                + "expected " + measures.size() + " fields as in the second header row, found " + r.fields().size());
      }
      if (label.isEmpty()) {
        throw new TableFormatException(ctx.file, r.line(), "1", r.joined(), "row has no currency code");
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

  private static String cell(CsvReader.Record r, int index) {
    return r.fields().get(index);
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
    private final List<NccExport.Skipped> skipped = new ArrayList<>();
    private int costCells;
    private final Map<String, Integer> firstLine = new HashMap<>();

    Context(String file, EditionInfo edition, FinancialYear priceBase, Map<String, CostUnit> units) {
      this.file = file;
      this.edition = edition;
      this.priceBase = priceBase;
      this.units = units;
    }

    void add(int line, String department, String code, String description, String activity, String unitCost,
        String unitCostColumn) {
      costCells++;
      String value = number(unitCost);
      if (value.isEmpty() || value.equals("*")) {
        skipped.add(new NccExport.Skipped(line, unitCostColumn, code, unitCost,
            value.isEmpty() ? "blank: no figure published" : "suppressed by the publisher (*)"));
        return;
      }
      BigDecimal amount;
      try {
        amount = new Cell(file, line, unitCostColumn, value).groupedDecimal(false);
      } catch (InputFormatException e) {
        throw new TableFormatException(file, line, unitCostColumn, unitCost, e.problem());
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
      String act = number(activity).replace(",", "");
      String notes = act.isEmpty() || act.equals("*") ? "" : "Activity " + act + ".";
      rows.add(UnitCost.builder()
          .key(key)
          .description(department + ": " + code + (description.equals(code) ? "" : " " + description))
          .unit(unit)
          .value(new Cost(BigMoney.of(amount), priceBase))
          .sourceLocation(department + ", " + code)
          .category(CostCategory.NHS)
          .notes(notes)
          .source(edition.sourceName(), edition.edition())
          .build());
    }

    /** The cell without surrounding spaces and a pound sign; thousands separators are kept. */
    private static String number(String text) {
      String t = text.strip();
      if (t.startsWith("\u00a3")) {
        return t.substring(1);
      }
      return t.startsWith("-\u00a3") ? "-" + t.substring(2) : t;
    }
  }
}
