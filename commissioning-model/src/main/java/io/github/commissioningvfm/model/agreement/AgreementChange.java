package io.github.commissioningvfm.model.agreement;

import java.time.LocalDate;

/**
 * A dated change to an agreement: a variation, an extension or a roll-over.
 *
 * @since 0.1.0
 */
public sealed interface AgreementChange permits Variation, Extension, RollOver {

  /**
   * The date the change takes effect.
   *
   * @return the effective date
   */
  LocalDate effective();

  /**
   * What changed and why.
   *
   * @return the description
   */
  String description();
}
