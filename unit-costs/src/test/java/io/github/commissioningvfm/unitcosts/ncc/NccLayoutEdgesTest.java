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
 * Layout edges of the two-header-row summary sheet and of the counts an export reports. Figures
 * are those of the NCC 2024/25 national schedule (ambulance hear and treat GBP 62.37).
 */
class NccLayoutEdgesTest {

  @TempDir
  Path dir;

  private static final EditionInfo EDITION = EditionInfo.builder().source("ncc-export").sourceName("NCC export")
      .edition("2024/25").citation("NHS England, National Cost Collection 2024/25")
      .licence("Open Government Licence v3.0").retrieved(LocalDate.of(2026, 1, 1)).file("export.csv").build();
  private static final FinancialYear Y2425 = FinancialYear.parse("2024/25");
  private static final Map<String, CostUnit> UNITS = Map.of("Ambulance", CostUnit.PER_INCIDENT);

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @Test
  void aFirstHeaderRowCutShortAfterItsLastDepartmentIsRead() throws IOException {
    // Spreadsheets often drop the trailing empty cells of the department row.
    Path p = write("short-header.csv", ",Ambulance\nDepartment_Currency,Activity,Unit cost,Cost\n"
        + "01 - Hear & Treat,\"1,439,703\",62.37,\n");
    UnitCostTable t = NccExportReader.read(p, EDITION, Y2425, UNITS).table();
    assertEquals(Cost.of("62.37", "2024/25"), t.get("ncc.ambulance.01").value());
    assertEquals("Activity 1439703.", t.get("ncc.ambulance.01").notes());
  }

  @Test
  void aDepartmentWithoutAnActivityColumnHasNoActivityNote() throws IOException {
    Path p = write("no-activity.csv", ",Ambulance\nDepartment_Currency,Unit cost\n01 - Hear & Treat,62.37\n");
    UnitCostTable t = NccExportReader.read(p, EDITION, Y2425, UNITS).table();
    assertEquals(Cost.of("62.37", "2024/25"), t.get("ncc.ambulance.01").value());
    assertEquals("", t.get("ncc.ambulance.01").notes());
  }

  @Test
  void aColumnWithNoDepartmentAboveItIsRefusedNamingTheColumn() throws IOException {
    Path p = write("orphan.csv", ",,Ambulance\nDepartment_Currency,Activity,Unit cost\n01 - Hear & Treat,1,62.37\n");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(p, EDITION, Y2425, UNITS));
    assertEquals(p + ", line 1, column '2': no department named above this column in the first header row: ''",
        e.getMessage());
  }

  @Test
  void aNegativeAmountAfterThePoundSignIsRefused() throws IOException {
    Path p = write("minus-pound.csv", ",Ambulance\nDepartment_Currency,Unit cost\n01 - Hear & Treat,-\u00a362.37\n");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> NccExportReader.read(p, EDITION, Y2425, UNITS));
    assertEquals(p + ", line 3, column 'Ambulance / Unit cost': must not be negative: '-\u00a362.37'", e.getMessage());
  }

  @Test
  void theCountsOfAnExportMustAddUp() throws IOException {
    Path p = write("one.csv", ",Ambulance\nDepartment_Currency,Unit cost\n01 - Hear & Treat,62.37\n02 - See,*\n");
    NccExport export = NccExportReader.read(p, EDITION, Y2425, UNITS);
    assertEquals("NccExport[1 unit costs, 1 cells without a figure]", export.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NccExport(export.table(), export.skipped(), 3));
    assertEquals("Argument 'costCells' must equal the rows loaded plus the cells skipped (1 + 1): 3", e.getMessage());
    assertEquals(List.of(new NccExport.Skipped(4, "Ambulance / Unit cost", "02", "*", "suppressed by the publisher (*)")),
        export.skipped());
  }
}
