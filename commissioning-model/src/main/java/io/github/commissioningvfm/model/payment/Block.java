package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;

/**
 * A block payment: a fixed annual sum whatever the volume delivered.
 *
 * <p>Payment = annual value, independent of the activity report. One line, paid evenly.
 *
 * @param annualValue the agreed annual sum; not negative
 * @since 0.1.0
 */
public record Block(Money annualValue) implements PaymentMechanism {

  /**
   * Creates a block.
   *
   * @param annualValue the agreed annual sum; not negative
   */
  public Block {
    Lines.notNegative(annualValue, "annualValue");
  }

  @Override
  public String name() {
    return "block";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    return PaymentStatement.of(name(), List.of(
        Lines.line("block", annualValue, PaymentTiming.SPREAD_EVENLY, "agreed annual value " + annualValue)));
  }
}
