package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation.Base;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation.Cohort;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation.Method;
import org.junit.jupiter.api.Test;

class CostAllocationTest {

  private static final String ANALYSED = "the analysed participants";
  private static final String ATTENDING = "every attending row read (including those lost to follow-up)";

  @Test
  void eachAllocationOverTheWholePeriodDescribesItsRuleAndBase() {
    assertEquals("programme cost / total sessions of " + ANALYSED + ", times sessions attended",
        CostAllocation.perSession().describe());
    assertEquals("programme cost shared equally among " + ANALYSED, CostAllocation.equalShare().describe());
    assertEquals("programme cost / total sessions of " + ATTENDING + ", times sessions attended",
        new CostAllocation(Method.PER_SESSION, Base.ALL_ATTENDING_ROWS).describe());
    assertEquals("programme cost shared equally among " + ATTENDING,
        new CostAllocation(Method.EQUAL_SHARE, Base.ALL_ATTENDING_ROWS).describe());
  }

  @Test
  void eachAllocationByFinancialYearDescribesItsRuleAndBase() {
    assertEquals("each financial year's programme cost / total sessions of " + ANALYSED
        + " who started in that year, times sessions attended", CostAllocation.perSessionByFinancialYear().describe());
    assertEquals("each financial year's programme cost shared equally among " + ANALYSED
        + " who started in that year", CostAllocation.equalShareByFinancialYear().describe());
    assertEquals("each financial year's programme cost / total sessions of " + ATTENDING
        + " who started in that year, times sessions attended",
        new CostAllocation(Method.PER_SESSION, Base.ALL_ATTENDING_ROWS, Cohort.FINANCIAL_YEAR).describe());
    assertEquals("each financial year's programme cost shared equally among " + ATTENDING
        + " who started in that year",
        new CostAllocation(Method.EQUAL_SHARE, Base.ALL_ATTENDING_ROWS, Cohort.FINANCIAL_YEAR).describe());
  }

  @Test
  void theTwoArgumentConstructorSharesOverTheWholePeriod() {
    assertEquals(Cohort.WHOLE_PERIOD, new CostAllocation(Method.EQUAL_SHARE, Base.ALL_ATTENDING_ROWS).cohort());
  }
}
