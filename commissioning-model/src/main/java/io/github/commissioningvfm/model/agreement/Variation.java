package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A variation to an agreement within its term, possibly changing the annual value.
 *
 * @param effective the date it takes effect; within the term in effect then
 * @param description what was varied
 * @param newAnnualValue the annual value from that date, if it changed
 * @since 0.1.0
 */
public record Variation(LocalDate effective, String description, Optional<Money> newAnnualValue)
    implements AgreementChange {

  /**
   * Creates a variation.
   *
   * @param effective the effective date
   * @param description what was varied
   * @param newAnnualValue the new annual value, if it changed
   */
  public Variation {
    Args.notNull(effective, "effective");
    Args.notBlank(description, "description");
    Args.notNull(newAnnualValue, "newAnnualValue");
    newAnnualValue.ifPresent(v -> Args.check(!v.isNegative(), "newAnnualValue", "not be negative", v));
  }
}
