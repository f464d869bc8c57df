package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import java.math.RoundingMode;

/**
 * What commissioning costs the commissioner itself, per contract let and per pound awarded: the
 * workload that leads commissioners to let "fewer, larger contracts" (Sheaff et al. 2024, HSDR
 * 12(39), ch. 4, source line 1302).
 *
 * <pre>
 *   total             = the commissioner's transaction costs over the term (tender included)
 *   per contract      = round(total / contracts)                      (half up, to the penny)
 *   per pound awarded = total / value awarded over the term           (as a percentage, 4 decimal places of the fraction)
 * </pre>
 *
 * @param total the commissioner's total transaction cost
 * @param contracts the number of contracts let; positive
 * @param awarded the total value awarded over the term; positive
 * @param perContract the cost per contract
 * @param perPoundAwarded the cost per pound awarded, as a share of the value
 * @since 0.1.0
 */
public record CommissionerTransactionCost(Money total, int contracts, Money awarded, Money perContract,
    Percentage perPoundAwarded) {

  /**
   * Creates the figures, checking the arithmetic.
   *
   * @param total the total
   * @param contracts the contracts
   * @param awarded the value awarded
   * @param perContract the cost per contract
   * @param perPoundAwarded the cost per pound awarded
   */
  public CommissionerTransactionCost {
    Args.notNull(total, "total");
    Args.check(!total.isNegative(), "total", "not be negative", total);
    Args.positive(contracts, "contracts");
    Args.notNull(awarded, "awarded");
    Args.check(awarded.isPositive(), "awarded", "be positive", awarded);
    Args.check(perContract.equals(total.dividedBy(contracts, RoundingMode.HALF_UP)), "perContract",
        "equal total / contracts", perContract);
    Args.check(perPoundAwarded.equals(share(total, awarded)), "perPoundAwarded", "equal total / awarded",
        perPoundAwarded);
  }

  private static Percentage share(Money total, Money awarded) {
    return new Percentage(total.amount().divide(awarded.amount(), 4, RoundingMode.HALF_UP));
  }

  /**
   * The commissioner's cost of letting contracts.
   *
   * @param costs the transaction costs; the commissioner's are used
   * @param years the contract term in years; not negative
   * @param contracts the number of contracts let; positive
   * @param awarded the value awarded over the term; positive
   * @return the figures
   */
  public static CommissionerTransactionCost of(TransactionCosts costs, int years, int contracts, Money awarded) {
    Args.notNull(costs, "costs");
    Args.positive(contracts, "contracts");
    Args.notNull(awarded, "awarded");
    Args.check(awarded.isPositive(), "awarded", "be positive", awarded);
    Money total = costs.overTerm(TransactionParty.COMMISSIONER, years);
    return new CommissionerTransactionCost(total, contracts, awarded, total.dividedBy(contracts, RoundingMode.HALF_UP),
        share(total, awarded));
  }
}
