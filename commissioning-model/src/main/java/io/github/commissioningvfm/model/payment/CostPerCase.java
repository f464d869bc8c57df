package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Cost per case (spot purchase): every case delivered is paid at one price, in arrears.
 *
 * <p>Payment = volume x price per case.
 *
 * @param pricePerCase the price per case; not negative
 * @since 0.1.0
 */
public record CostPerCase(Money pricePerCase) implements PaymentMechanism {

  /**
   * Creates a cost-per-case arrangement.
   *
   * @param pricePerCase the price per case; not negative
   */
  public CostPerCase {
    Lines.notNegative(pricePerCase, "pricePerCase");
  }

  @Override
  public String name() {
    return "cost per case";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    long v = actual.totalVolume();
    return PaymentStatement.of(name(), List.of(Lines.line("cases", pricePerCase.amount()
        .multiply(BigDecimal.valueOf(v)), PaymentTiming.IN_ARREARS, v + " x " + pricePerCase)));
  }
}
