package io.github.commissioningvfm.model.investment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;

/**
 * One year's figures for the standard: the commissioner's overall allocation and its mental health
 * spend, line by line.
 *
 * @param year the financial year
 * @param allocation the overall recurrent allocation; positive
 * @param spend the mental health spend lines, counted and excluded; at least one
 * @since 0.1.0
 */
public record MhisYear(FinancialYear year, Money allocation, List<MhisSpend> spend) {

  /**
   * Creates a year.
   *
   * @param year the year
   * @param allocation the allocation
   * @param spend the spend lines
   */
  public MhisYear {
    Args.notNull(year, "year");
    Args.notNull(allocation, "allocation");
    Args.check(allocation.isPositive(), "allocation", "be positive", allocation);
    spend = List.copyOf(Args.notEmpty(Args.noNullElements(spend, "spend"), "spend"));
  }

  /**
   * Spend that counts towards the standard: the lines with no exclusion.
   *
   * @return the qualifying spend
   */
  public Money qualifyingSpend() {
    return spend.stream().filter(s -> s.exclusion().isEmpty()).map(MhisSpend::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * Spend left out of the standard.
   *
   * @return the excluded spend
   */
  public Money excludedSpend() {
    return spend.stream().filter(s -> s.exclusion().isPresent()).map(MhisSpend::amount).reduce(Money.ZERO, Money::plus);
  }
}
