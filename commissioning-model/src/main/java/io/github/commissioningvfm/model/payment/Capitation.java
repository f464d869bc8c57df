package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Capitation: an annual rate per head of a covered population, whatever the activity.
 *
 * <p>Payment = population x annual rate per head.
 *
 * @param population the people covered; not negative
 * @param annualRatePerHead the annual payment per person; not negative
 * @since 0.1.0
 */
public record Capitation(long population, Money annualRatePerHead) implements PaymentMechanism {

  /**
   * Creates a capitation arrangement.
   *
   * @param population the people covered
   * @param annualRatePerHead the annual payment per person
   */
  public Capitation {
    Args.notNegative(population, "population");
    Lines.notNegative(annualRatePerHead, "annualRatePerHead");
  }

  @Override
  public String name() {
    return "capitation";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    return PaymentStatement.of(name(), List.of(Lines.line("capitation",
        annualRatePerHead.amount().multiply(BigDecimal.valueOf(population)), PaymentTiming.SPREAD_EVENLY,
        population + " people x " + annualRatePerHead)));
  }
}
