package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and validation of the NICE threshold editions. */
class NiceThresholdsTest {

  private static final String HEADER =
      "edition,effective_from,lower_gbp_per_qaly,upper_gbp_per_qaly,applies_to,source,retrieved\n";

  private static List<NiceThreshold> parse(String text) {
    return NiceThresholds.parse(CsvStream.of(new StringReader(text), "t.csv", CsvReader.Dialect.LENIENT, 1 << 20),
        "t.csv");
  }

  private static String failure(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }

  @Test
  void editionsAreSortedByTheMonthTheyTakeEffect() {
    List<NiceThreshold> t = parse(HEADER + "later,2026-04,25000,35000,MEDICINES_TECHNOLOGY_APPRAISALS,Q&A,2026-12-05\n"
        + "earlier,2022-02,20000,30000,ALL_EVALUATIONS,PMG36,2026-12-05\n");
    assertEquals(List.of(
        new NiceThreshold("earlier", YearMonth.of(2022, 2), 20000, 30000, NiceThreshold.Scope.ALL_EVALUATIONS, "PMG36"),
        new NiceThreshold("later", YearMonth.of(2026, 4), 25000, 35000,
            NiceThreshold.Scope.MEDICINES_TECHNOLOGY_APPRAISALS, "Q&A")), t);
  }

  @Test
  void aHeaderAloneGivesNoEditions() {
    assertEquals(List.of(), parse(HEADER));
  }

  @Test
  void badFilesAreRefusedWithLineAndColumn() {
    assertEquals("t.csv: empty file", failure(""));
    assertEquals("t.csv, line 1: header must be [edition, effective_from, lower_gbp_per_qaly, upper_gbp_per_qaly, "
        + "applies_to, source, retrieved], not [edition, from]", failure("edition,from\n"));
    assertEquals("t.csv, line 2: expected 7 fields, found 6", failure(HEADER + "a,2022-02,1,2,ALL_EVALUATIONS,s\n"));
    assertEquals("t.csv, line 2, column effective_from: not a month (yyyy-MM): '2022/02'",
        failure(HEADER + "a,2022/02,1,2,ALL_EVALUATIONS,s,r\n"));
    assertEquals("t.csv, line 2: column upper_gbp_per_qaly: not a number: '30k'",
        failure(HEADER + "a,2022-02,20000,30k,ALL_EVALUATIONS,s,r\n"));
    assertEquals("t.csv, line 2: Argument 'upperPerQaly' must be at least lowerPerQaly (20000.0): 19999.0",
        failure(HEADER + "a,2022-02,20000,19999,ALL_EVALUATIONS,s,r\n"));
  }

  @Test
  void theUpperEndMayEqualTheLowerButNotFallBelowIt() {
    assertEquals(20000, new NiceThreshold("point", YearMonth.of(2022, 2), 20000, 20000,
        NiceThreshold.Scope.ALL_EVALUATIONS, "s").upperPerQaly());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NiceThreshold("x",
        YearMonth.of(2022, 2), 20000, 19999.99, NiceThreshold.Scope.ALL_EVALUATIONS, "s"));
    assertEquals("Argument 'upperPerQaly' must be at least lowerPerQaly (20000.0): 19999.99", e.getMessage());
  }

  @Test
  void printsTheRangeInPounds() {
    assertEquals("pmg36-2022: £20,000.00 to £30,000.00 per QALY gained from 2022-02 (ALL_EVALUATIONS); PMG36",
        new NiceThreshold("pmg36-2022", YearMonth.of(2022, 2), 20000, 30000, NiceThreshold.Scope.ALL_EVALUATIONS,
            "PMG36").toString());
  }
}
