package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.RoundingMode;

/**
 * "Worth bidding?": the expected value to a provider of bidding for a contract. The bid's own cost
 * is spent whether or not it wins; the contract's value, net of the transaction costs of running
 * it, is only earned if it does. Some small VCSEs stop bidding where "the processes and the effort
 * involved are too resource-intensive to make it worthwhile" (Sheaff et al. 2024, HSDR 12(39),
 * ch. 6, source line 2285).
 *
 * <pre>
 *   gross if won    = annual result x years                  (surplus - subsidy each year)
 *   net if won      = gross if won - transaction costs if awarded (negotiation, mobilisation, years x monitoring)
 *   bid cost        = transaction costs before award (bid preparation, clarification)
 *   expected value  = round(award probability x net if won) - bid cost      (half up, to the penny)
 *   worth bidding   = expected value &gt; 0
 * </pre>
 *
 * @param bidder the bidder
 * @param awardProbability the chance of winning
 * @param years the contract's length in years
 * @param netIfWon the contract's value to the provider if won, after its transaction costs
 * @param bidCost the cost of bidding
 * @param expectedValue the expected value of bidding
 * @since 0.1.0
 */
public record BidDecision(String bidder, Proportion awardProbability, int years, NetValue netIfWon, Money bidCost,
    Money expectedValue) {

  /**
   * Creates a decision, checking the arithmetic.
   *
   * @param bidder the bidder
   * @param awardProbability the chance of winning
   * @param years the contract length
   * @param netIfWon the value if won
   * @param bidCost the bid cost
   * @param expectedValue the expected value
   */
  public BidDecision {
    Args.notBlank(bidder, "bidder");
    Args.notNull(awardProbability, "awardProbability");
    Args.positive(years, "years");
    Args.notNull(netIfWon, "netIfWon");
    Args.notNull(bidCost, "bidCost");
    Args.check(!bidCost.isNegative(), "bidCost", "not be negative", bidCost);
    Args.notNull(expectedValue, "expectedValue");
    Money computed = expected(awardProbability, netIfWon.net(), bidCost);
    Args.check(expectedValue.equals(computed), "expectedValue", "equal probability x net if won - bid cost ("
        + computed + ")", expectedValue);
  }

  private static Money expected(Proportion p, Money netIfWon, Money bidCost) {
    return netIfWon.multipliedBy(p.fraction(), RoundingMode.HALF_UP).minus(bidCost);
  }

  /**
   * Appraises a bid.
   *
   * @param bidder the bidder
   * @param awardProbability the chance of winning
   * @param annualResult the provider's expected result in a year of the contract (surplus - subsidy)
   * @param years the contract's length in years; positive
   * @param costs the transaction costs; the provider's are used
   * @return the decision
   */
  public static BidDecision of(String bidder, Proportion awardProbability, Money annualResult, int years,
      TransactionCosts costs) {
    Args.notNull(annualResult, "annualResult");
    Args.positive(years, "years");
    Args.notNull(costs, "costs");
    NetValue net = NetValue.of(annualResult.multipliedBy(years), costs.ifAwarded(TransactionParty.PROVIDER, years));
    Money bidCost = costs.total(TransactionParty.PROVIDER, TransactionStage.Timing.BEFORE_AWARD);
    return new BidDecision(bidder, Args.notNull(awardProbability, "awardProbability"), years, net, bidCost,
        expected(awardProbability, net.net(), bidCost));
  }

  /**
   * Whether the bid is worth making.
   *
   * @return expected value &gt; 0
   */
  public boolean worthBidding() {
    return expectedValue.isPositive();
  }

  /**
   * The award probability at which bidding breaks even.
   *
   * @return bid cost / net if won when that is a proportion, empty when the contract loses money if
   *     won (no probability makes the bid worthwhile) or the bid cost exceeds its net value
   */
  public java.util.Optional<Proportion> breakEvenProbability() {
    Money net = netIfWon.net();
    if (!net.isPositive() || bidCost.compareTo(net) > 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Proportion.ratio(bidCost.amount(), net.amount()));
  }

  @Override
  public String toString() {
    return "BidDecision[" + bidder + ": " + awardProbability + " x " + netIfWon.net() + " - bid cost " + bidCost
        + " = " + expectedValue + (worthBidding() ? ", worth bidding" : ", not worth bidding") + "]";
  }
}
