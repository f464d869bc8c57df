package io.github.commissioningvfm.model.time;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FinancialYearProperties {

  private static Gen<FinancialYear> years() {
    return integers().between(2000, 2900).map(FinancialYear::ofStartYear);
  }

  @Test
  void parseInvertsToString() {
    qt().forAll(years()).check(y -> FinancialYear.parse(y.toString()).equals(y));
  }

  @Test
  void nextAndPreviousAreInverse() {
    qt().forAll(years()).check(y -> y.next().previous().equals(y) && y.previous().next().equals(y));
  }

  @Test
  void plusYearsIsAdditive() {
    qt().forAll(years(), integers().between(-40, 40), integers().between(-40, 40))
        .check((y, a, b) -> y.plusYears(a).plusYears(b).equals(y.plusYears(a + b))
            && y.yearsUntil(y.plusYears(a)) == a);
  }

  @Test
  void everyDayBelongsToExactlyTheYearContainingIt() {
    qt().forAll(integers().between(1950 * 366, 2900 * 365))
        .check(epochOffset -> {
          LocalDate d = LocalDate.ofEpochDay(epochOffset - 719_528L);
          FinancialYear y = FinancialYear.containing(d);
          FinancialQuarter q = FinancialQuarter.containing(d);
          return y.contains(d) && !y.next().contains(d) && q.year().equals(y)
              && !d.isBefore(q.start()) && !d.isAfter(q.end());
        });
  }

  @Test
  void quarterParseInvertsToString() {
    qt().forAll(years(), integers().between(1, 4))
        .check((y, n) -> FinancialQuarter.parse(y.quarter(n).toString()).equals(y.quarter(n)));
  }
}
