package io.github.commissioningvfm.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @Test
  void parsesAndFormats() {
    FinancialYear y = FinancialYear.parse("2024/25");
    assertEquals(2024, y.startYear());
    assertEquals("2024/25", y.toString());
    assertEquals(y, FinancialYear.parse("2024-25"));
    assertEquals(y, FinancialYear.parse("2024/2025"));
    assertEquals("1999/00", FinancialYear.parse("1999/00").toString());
    assertEquals("2009/10", FinancialYear.ofStartYear(2009).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"FY24", "2024", "24/25", "2024/5", "2024 / 25", "2024/25 ", "twenty"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse(text));
    assertEquals("Argument 'text' is not a financial year: '" + text + "'; expected the form '2024/25'",
        e.getMessage());
  }

  @Test
  void rejectsNonConsecutiveYears() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2024/26"));
    assertEquals("Argument 'text' is not a financial year: '2024/26'; the second year must follow the first, "
        + "e.g. '2024/25'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2024/2026"));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> FinancialYear.ofStartYear(1066));
    assertEquals("Argument 'startYear' must be between 1900 and 2998: 1066", range.getMessage());
  }

  @Test
  void runsFromAprilToMarch() {
    FinancialYear y = FinancialYear.parse("2024/25");
    assertEquals(LocalDate.of(2024, 4, 1), y.start());
    assertEquals(LocalDate.of(2025, 3, 31), y.end());
    assertEquals(y, FinancialYear.containing(LocalDate.of(2025, 3, 31)));
    assertEquals(y.previous(), FinancialYear.containing(LocalDate.of(2024, 3, 31)));
    assertTrue(y.contains(LocalDate.of(2024, 12, 25)));
    assertFalse(y.contains(LocalDate.of(2025, 4, 1)));
    assertEquals(FinancialYear.parse("2025/26"), y.next());
    assertEquals(2, FinancialYear.parse("2022/23").yearsUntil(y));
  }

  @Test
  void quarters() {
    FinancialYear y = FinancialYear.parse("2024/25");
    assertEquals(new FinancialQuarter(y, 1), y.quarterOf(LocalDate.of(2024, 4, 1)));
    assertEquals(new FinancialQuarter(y, 2), y.quarterOf(LocalDate.of(2024, 9, 30)));
    assertEquals(new FinancialQuarter(y, 3), y.quarterOf(LocalDate.of(2024, 10, 1)));
    assertEquals(new FinancialQuarter(y, 4), y.quarterOf(LocalDate.of(2025, 3, 31)));
    assertEquals(LocalDate.of(2025, 1, 1), y.quarter(4).start());
    assertEquals(LocalDate.of(2025, 3, 31), y.quarter(4).end());
    assertEquals("2024/25 Q3", y.quarter(3).toString());
    assertEquals(y.quarter(3), FinancialQuarter.parse("2024/25 Q3"));
    assertEquals(FinancialYear.parse("2025/26").quarter(1), y.quarter(4).next());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> y.quarterOf(LocalDate.of(2025, 4, 1)));
    assertEquals("Argument 'date' must fall in financial year 2024/25: 2025-04-01", e.getMessage());
    IllegalArgumentException q5 = assertThrows(IllegalArgumentException.class, () -> y.quarter(5));
    assertEquals("Argument 'quarter' must be between 1 and 4: 5", q5.getMessage());
  }

  @Test
  void ranges() {
    FinancialYearRange r = FinancialYearRange.parse("2020/21..2024/25");
    assertEquals(5, r.size());
    assertEquals(List.of(FinancialYear.parse("2020/21"), FinancialYear.parse("2021/22"),
        FinancialYear.parse("2022/23"), FinancialYear.parse("2023/24"), FinancialYear.parse("2024/25")), r.years());
    assertEquals(2, r.indexOf(FinancialYear.parse("2022/23")));
    assertEquals("2020/21..2024/25", r.toString());
    assertEquals(r, FinancialYearRange.ofLength(FinancialYear.parse("2020/21"), 5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FinancialYearRange.parse("2024/25..2020/21"));
    assertEquals("Argument 'last' must not be before 'first' (2024/25): 2020/21", e.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> r.indexOf(FinancialYear.parse("2025/26")));
    assertEquals("Argument 'year' must lie in 2020/21..2024/25: 2025/26", outside.getMessage());
  }
}
