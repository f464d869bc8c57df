package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.RoundingMode;

/**
 * A budget for the care of a defined population for a year, held by a provider or a partnership:
 * a population budget for a geography, or a year-of-care budget for people with a condition (the
 * new forms of pooled budget the 2025 Place study discusses, after the 10 Year Health Plan).
 *
 * @param holder who holds the budget
 * @param basis geographic or condition-defined
 * @param population what the population is, e.g. "adults registered in North Place" or "people living with diabetes"
 * @param people how many people; positive
 * @param year the financial year
 * @param amount the budget; positive
 * @since 0.1.0
 */
public record PopulationBudget(String holder, PopulationBasis basis, String population, long people,
    FinancialYear year, Money amount) {

  /**
   * Creates a budget.
   *
   * @param holder the holder
   * @param basis the basis
   * @param population the population
   * @param people its size
   * @param year the year
   * @param amount the budget
   */
  public PopulationBudget {
    Args.notBlank(holder, "holder");
    Args.notNull(basis, "basis");
    Args.notBlank(population, "population");
    Args.positive(people, "people");
    Args.notNull(year, "year");
    Args.notNull(amount, "amount");
    Args.check(amount.isPositive(), "amount", "be positive", amount);
  }

  /**
   * The budget per person a year: amount / people, rounded half up to the penny.
   *
   * @return the amount per person
   */
  public Money perPerson() {
    return amount.dividedBy(people, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return (basis == PopulationBasis.CONDITION ? "Year-of-care budget" : "Population budget") + " held by " + holder
        + ", " + year + ": " + amount.format() + " for " + people + " " + population + " ("
        + perPerson().format() + " a person)";
  }
}
