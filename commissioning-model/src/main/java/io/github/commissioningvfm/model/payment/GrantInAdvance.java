package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;

/**
 * A grant paid as a lump sum at the start of the year, whatever the activity that follows.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39), ch. 4 "Agreements and payments" (line 1300): conditional
 * grants were "little different to a block contract", one "paid as a lump sum upfront at the start
 * of the financial year". What differs from a block is when the money arrives: all of it in the
 * first quarter. Conditions, carry-forward and clawback belong to the
 * {@code GrantAgreement}'s terms.
 *
 * <pre>
 *   payment = annual award     (in advance: the whole amount in Q1)
 * </pre>
 *
 * @param annualAward the year's award; not negative
 * @since 0.1.0
 */
public record GrantInAdvance(Money annualAward) implements PaymentMechanism {

  /**
   * Creates the arrangement.
   *
   * @param annualAward the year's award; not negative
   */
  public GrantInAdvance {
    Lines.notNegative(annualAward, "annualAward");
  }

  @Override
  public String name() {
    return "grant in advance";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    return PaymentStatement.of(name(), List.of(
        Lines.line("grant", annualAward, PaymentTiming.IN_ADVANCE, "annual award " + annualAward + " paid in advance")));
  }
}
