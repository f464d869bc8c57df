package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * What a contract is worth to a party once its transaction costs are paid.
 *
 * <pre>
 *   net = gross - transaction costs        (transaction costs are never negative, so net &lt;= gross)
 * </pre>
 *
 * @param gross the value before transaction costs (for a provider, its surplus less any subsidy over the term)
 * @param transactionCosts the transaction costs; not negative
 * @param net gross - transaction costs
 * @since 0.1.0
 */
public record NetValue(Money gross, Money transactionCosts, Money net) {

  /**
   * Creates a value, checking the arithmetic.
   *
   * @param gross the gross value
   * @param transactionCosts the transaction costs
   * @param net the net value
   */
  public NetValue {
    Args.notNull(gross, "gross");
    Args.notNull(transactionCosts, "transactionCosts");
    Args.check(!transactionCosts.isNegative(), "transactionCosts", "not be negative", transactionCosts);
    Args.notNull(net, "net");
    Args.check(net.equals(gross.minus(transactionCosts)), "net", "equal gross - transaction costs ("
        + gross.minus(transactionCosts) + ")", net);
  }

  /**
   * The net value of a gross value after transaction costs.
   *
   * @param gross the gross value
   * @param transactionCosts the transaction costs; not negative
   * @return the net value
   */
  public static NetValue of(Money gross, Money transactionCosts) {
    Args.notNull(gross, "gross");
    Args.notNull(transactionCosts, "transactionCosts");
    return new NetValue(gross, transactionCosts, gross.minus(transactionCosts));
  }
}
