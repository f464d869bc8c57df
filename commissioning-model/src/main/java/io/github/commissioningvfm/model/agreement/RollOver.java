package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;

/**
 * A roll-over: the agreement continued past its end on the same terms without re-procurement.
 *
 * @param effective the date it was agreed; within the term in effect then
 * @param newEnd the new last day; after the current end
 * @param description why
 * @since 0.1.0
 */
public record RollOver(LocalDate effective, LocalDate newEnd, String description) implements AgreementChange {

  /**
   * Creates the change.
   *
   * @param effective the date it was agreed
   * @param newEnd the new last day
   * @param description why
   */
  public RollOver {
    Args.notNull(effective, "effective");
    Args.notNull(newEnd, "newEnd");
    Args.notBlank(description, "description");
  }
}
