package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.util.Optional;

/**
 * What a payment leaves the provider once the full cost is met: a surplus, or the hidden subsidy
 * the provider pays from its own funds (Sheaff et al. 2024, HSDR 12(39), ch. 7, source line 2639:
 * activity paid below the cost of producing it is "a hidden subsidy to their commissioner").
 *
 * <pre>
 *   surplus = max(0, payment - full cost)
 *   subsidy = max(0, full cost - payment)
 *   so        surplus - subsidy = payment - full cost, and at most one of them is not zero
 * </pre>
 * Who pays the full cost: the commissioner pays {@code full cost - subsidy}, the provider's own
 * funds (reserves, donations, other grants) pay {@code subsidy}.
 *
 * @param payment what the commissioner pays; not negative
 * @param fullCost the provider's full cost; not negative
 * @param surplus the surplus, zero when there is a subsidy
 * @param subsidy the hidden subsidy, zero when there is a surplus
 * @since 0.1.0
 */
public record Margin(Money payment, Money fullCost, Money surplus, Money subsidy) {

  /**
   * Creates a margin, checking that surplus and subsidy follow from payment and cost.
   *
   * @param payment the payment
   * @param fullCost the full cost
   * @param surplus the surplus
   * @param subsidy the subsidy
   */
  public Margin {
    ProviderCosts.notNegative(payment, "payment");
    ProviderCosts.notNegative(fullCost, "fullCost");
    Args.notNull(surplus, "surplus");
    Args.notNull(subsidy, "subsidy");
    Money net = payment.minus(fullCost);
    Money expectedSurplus = net.isPositive() ? net : Money.ZERO;
    Money expectedSubsidy = net.isNegative() ? net.negated() : Money.ZERO;
    Args.check(surplus.equals(expectedSurplus), "surplus", "be max(0, payment - full cost) = " + expectedSurplus,
        surplus);
    Args.check(subsidy.equals(expectedSubsidy), "subsidy", "be max(0, full cost - payment) = " + expectedSubsidy,
        subsidy);
  }

  /**
   * The margin of a payment against a full cost.
   *
   * @param payment what the commissioner pays; not negative
   * @param fullCost the full cost; not negative
   * @return the margin
   */
  public static Margin of(Money payment, Money fullCost) {
    Money net = Args.notNull(payment, "payment").minus(Args.notNull(fullCost, "fullCost"));
    return new Margin(payment, fullCost, net.isPositive() ? net : Money.ZERO,
        net.isNegative() ? net.negated() : Money.ZERO);
  }

  /**
   * The signed result for the provider.
   *
   * @return payment - full cost = surplus - subsidy
   */
  public Money net() {
    return surplus.minus(subsidy);
  }

  /**
   * The part of the full cost the commissioner pays for.
   *
   * @return full cost - subsidy
   */
  public Money commissionerFunded() {
    return fullCost.minus(subsidy);
  }

  /**
   * The share of the full cost that the provider pays from its own funds.
   *
   * @return subsidy / full cost, empty when the full cost is zero
   */
  public Optional<Proportion> ownFundsShare() {
    return fullCost.isPositive() ? Optional.of(Proportion.ratio(subsidy.amount(), fullCost.amount()))
        : Optional.empty();
  }

  /**
   * Whether the payment covers the full cost.
   *
   * @return true when there is no subsidy
   */
  public boolean fullCostRecovered() {
    return subsidy.isZero();
  }

  @Override
  public String toString() {
    return "Margin[payment " + payment + " - full cost " + fullCost + " = "
        + (subsidy.isZero() ? "surplus " + surplus : "hidden subsidy " + subsidy) + "]";
  }
}
