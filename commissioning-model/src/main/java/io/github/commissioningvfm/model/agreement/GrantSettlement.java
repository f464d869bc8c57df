package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;

/**
 * How a year of a grant settles once the spending is known. See {@link GrantTerms#settle}.
 *
 * @param year the year
 * @param available the year's award plus any amount carried in from the year before
 * @param spent what the provider spent on the granted purpose
 * @param carriedForward the unspent amount carried into the next year
 * @param clawedBack the unspent amount repaid to the funder
 * @param retained the unspent amount the provider keeps (no clawback and beyond the carry-forward)
 * @param overspend spending above the amount available, met from the provider's own funds
 * @since 0.1.0
 */
public record GrantSettlement(FinancialYear year, Money available, Money spent, Money carriedForward,
    Money clawedBack, Money retained, Money overspend) {

  /**
   * Creates a settlement, checking that the unspent money is fully accounted for.
   *
   * @param year the year
   * @param available the amount available
   * @param spent the amount spent
   * @param carriedForward the amount carried forward
   * @param clawedBack the amount clawed back
   * @param retained the amount retained
   * @param overspend the overspend
   */
  public GrantSettlement {
    Args.notNull(year, "year");
    for (Money m : new Money[] {available, spent, carriedForward, clawedBack, retained, overspend}) {
      Args.notNull(m, "amount");
      Args.check(!m.isNegative(), "amount", "not be negative", m);
    }
    Money lhs = available.plus(overspend);
    Money rhs = spent.plus(carriedForward).plus(clawedBack).plus(retained);
    Args.check(lhs.equals(rhs), "spent", "satisfy available + overspend = spent + carried forward + clawed back + "
        + "retained (" + lhs + " against " + rhs + ")", spent);
  }
}
