package io.github.commissioningvfm.model.investment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * Whether one year met the standard.
 *
 * <p>required = qualifying spend of the previous year x (allocation this year / allocation the
 * previous year), rounded half up to the penny; met when qualifying spend &gt;= required;
 * shortfall = max(0, required - qualifying spend).
 *
 * @param year the year judged
 * @param required the minimum qualifying spend
 * @param qualifying the qualifying spend this year
 * @param shortfall how far below the minimum, zero when met
 * @param explanation the result in words
 * @since 0.1.0
 */
public record MhisYearResult(FinancialYear year, Money required, Money qualifying, Money shortfall,
    String explanation) {

  /**
   * Creates a result.
   *
   * @param year the year
   * @param required the minimum
   * @param qualifying the qualifying spend
   * @param shortfall the shortfall
   * @param explanation the result in words
   */
  public MhisYearResult {
    Args.notNull(year, "year");
    Args.notNull(required, "required");
    Args.notNull(qualifying, "qualifying");
    Args.notNull(shortfall, "shortfall");
    Args.check(!shortfall.isNegative(), "shortfall", "not be negative", shortfall);
    Args.notBlank(explanation, "explanation");
  }

  /**
   * Whether the year met the standard.
   *
   * @return true when there is no shortfall
   */
  public boolean met() {
    return shortfall.isZero();
  }

  @Override
  public String toString() {
    return explanation;
  }
}
