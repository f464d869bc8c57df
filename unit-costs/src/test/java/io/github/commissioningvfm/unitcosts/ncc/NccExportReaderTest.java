package io.github.commissioningvfm.unitcosts.ncc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.EditionInfo;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NCC files with their published quirks. The sample rows use figures of the NCC 2023/24 and
 * 2024/25 national schedules (ambulance hear and treat: activity 1,147,817 at GBP 65.56 in
 * 2023/24; 1,439,703 at GBP 62.37 in 2024/25).
 */
class NccExportReaderTest {

  @TempDir
  Path dir;

  private static final EditionInfo EDITION = EditionInfo.builder().source("ncc-export").sourceName("NCC export")
      .edition("2023/24").citation("NHS England, National Cost Collection 2023/24").licence("Open Government Licence v3.0")
      .retrieved(LocalDate.of(2026, 1, 1)).file("export.csv").build();
  private static final FinancialYear Y2324 = FinancialYear.parse("2023/24");

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @Test
  void readsTheFlatExportWithBomPaddedCodesAndThousandsSeparators() throws IOException {
    Path p = write("flat.csv", "\uFEFFService Code,Dept or Currency Code,Dept or Currency Desc,Activity,Unit cost,Cost\r\n"
        + "Ambulance,\"01 \",\" Hear & Treat\",\"1,147,817\",65.56,\"75,250,882\"\r\n"
        + "Ambulance,\"02 \",\" See & Treat\",\"2,659,366\",\"326.99\",\r\n"
        + "Ambulance,\"05 \",\" Suppressed\",*,*,*\r\n"
        + "Ambulance,,,\"13,090,969\",250.02,\r\n");
    NccExport export = NccExportReader.read(p, EDITION, Y2324, Map.of("Ambulance", CostUnit.PER_INCIDENT));
    UnitCostTable t = export.table();
    assertEquals(List.of(new NccExport.Skipped(4, "Unit cost", "05", "*", "suppressed by the publisher (*)"),
        new NccExport.Skipped(5, "Dept or Currency Code", "", "250.02",
            "no currency code: a department total, not a unit cost")), export.skipped());
    assertEquals(4, export.costCells());
    assertEquals(List.of("ncc.ambulance.01", "ncc.ambulance.02"), List.copyOf(t.keys()));
    assertEquals(Cost.of("65.56", "2023/24"), t.get("ncc.ambulance.01").value());
    assertEquals("Ambulance: 01 Hear & Treat", t.get("ncc.ambulance.01").description());
    assertEquals("Activity 1147817.", t.get("ncc.ambulance.01").notes());
    assertEquals(CostUnit.PER_INCIDENT, t.get("ncc.ambulance.02").unit());
  }

  @Test
  void readsTheSummarySheetWithTwoHeaderRowsAndDropsTotals() throws IOException {
    Path p = write("summary.csv", "\uFEFF,Ambulance,,,Emergency Care,,,Total,,\n"
        + "Department_Currency,Activity,Unit cost,Cost,Activity,Unit cost,Cost,Activity,Unit cost,Cost\n"
        + "01 - Hear & Treat,\"1,439,703\",62.37,,,,,\"1,439,703\",62.37,\n"
        + "VB11Z - Emergency Medicine: No Investigation with No Significant Treatment,,,,\"6,101,233\",126.76,,1,1,1\n"
        + "Total,1,1,1,1,1,1,1,1,1\n");
    NccExport export = NccExportReader.read(p, EDITION, FinancialYear.parse("2024/25"),
        Map.of("Ambulance", CostUnit.PER_INCIDENT, "Emergency Care", CostUnit.PER_ATTENDANCE));
    UnitCostTable t = export.table();
    // the two departments' blank cells are listed, not dropped: 2 rows x 2 departments = 2 loaded + 2 blank
    assertEquals(List.of(new NccExport.Skipped(3, "Emergency Care / Unit cost", "01", "", "blank: no figure published"),
        new NccExport.Skipped(4, "Ambulance / Unit cost", "VB11Z", "", "blank: no figure published")), export.skipped());
    assertEquals(4, export.costCells());
    assertEquals(List.of("ncc.ambulance.01", "ncc.emergency-care.vb11z"), List.copyOf(t.keys()));
    assertEquals(Cost.of("62.37", "2024/25"), t.get("ncc.ambulance.01").value());
    assertEquals(Cost.of("126.76", "2024/25"), t.get("ncc.emergency-care.vb11z").value());
    assertEquals("Emergency Care: VB11Z Emergency Medicine: No Investigation with No Significant Treatment",
        t.get("ncc.emergency-care.vb11z").description());
  }

  @Test
  void badCellsNameFileLineAndColumn() throws IOException {
    Path p = write("bad.csv", "Service Code,Dept or Currency Code,Dept or Currency Desc,Activity,Unit cost,Cost\n"
        + "Ambulance,01,Hear & Treat,10,-65.56,\n");
    TableFormatException negative = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(p, EDITION, Y2324, Map.of("Ambulance", CostUnit.PER_INCIDENT)));
    assertEquals(p + ", line 2, column 'Unit cost': must not be negative: '-65.56'", negative.getMessage());
    Path q = write("unit.csv", "Service Code,Dept or Currency Code,Dept or Currency Desc,Activity,Unit cost,Cost\n"
        + "Ambulance,01,Hear & Treat,10,65.56,\n");
    TableFormatException unit = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(q, EDITION, Y2324, Map.of()));
    assertEquals(q + ", line 2, column 'department': no unit given for this department; pass one in 'units': "
        + "'Ambulance'", unit.getMessage());
    Path r = write("text.csv", ",Ambulance,,\nDepartment_Currency,Activity,Unit cost,Cost\n01 - Hear & Treat,1,n/a,1\n");
    TableFormatException text = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(r, EDITION, Y2324, Map.of("Ambulance", CostUnit.PER_INCIDENT)));
    assertEquals(r + ", line 3, column 'Ambulance / Unit cost': is not a plain decimal number (digits, optional '.', no separators or currency signs): 'n/a'", text.getMessage());
  }

  @Test
  void slugsAreReadableKeyParts() {
    assertEquals("mental-health-care-contact", NccExportReader.slug(" Mental Health Care Contact "));
    assertEquals("02iapt", NccExportReader.slug("02IAPT"));
  }

  @Test
  void ambiguousGroupingAndTruncatedRowsAreReportedNotMisread() throws IOException {
    String header = "Service Code,Dept or Currency Code,Dept or Currency Desc,Activity,Unit cost,Cost\n";
    Path comma = write("comma.csv", header + "Ambulance,01,Hear,10,\"12,34\",\n");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(comma, EDITION, Y2324, Map.of("Ambulance", CostUnit.PER_INCIDENT)));
    assertEquals(comma + ", line 2, column 'Unit cost': has commas that are not thousands separators in groups of "
        + "three (a decimal comma or a typo?); write e.g. 1,234.56: '12,34'", e.getMessage());
    Path cut = write("cut.csv", header + "Ambulance,01,Hear,10\n");
    e = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(cut, EDITION, Y2324, Map.of("Ambulance", CostUnit.PER_INCIDENT)));
    assertEquals(cut + ", line 2, column '(row)': truncated row: expected 6 fields as in the header, found 4: "
        + "'Ambulance,01,Hear,10'", e.getMessage());
    Path summary = write("short.csv", ",Ambulance,,\nDepartment_Currency,Activity,Unit cost,Cost\n01 - Hear,5,62.37\n");
    e = assertThrows(TableFormatException.class, () -> NccExportReader.read(summary, EDITION, Y2324,
        Map.of("Ambulance", CostUnit.PER_INCIDENT)));
    assertEquals(summary + ", line 3, column '(row)': truncated row: expected 4 fields as in the second header row, "
        + "found 3: '01 - Hear,5,62.37'", e.getMessage());
  }
}
