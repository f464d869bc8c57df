package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import java.util.Optional;

/**
 * Maps a stated alternative and a contact's financial year to its valuation. Implementations
 * typically look unit costs up in a reference table and rebase them; the returned cost must be in
 * the analysis's price basis (the contact's year when nominal, the declared year when constant).
 * {@link AlternativeCostTable} is a ready-made in-memory implementation.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AlternativeCostMap {

  /**
   * Values an alternative.
   *
   * @param alternative the alternative as recorded (trimmed)
   * @param year the contact's financial year
   * @return the valuation, or empty when the alternative is not mapped (it is then reported)
   */
  Optional<AlternativeCosting> costOf(String alternative, FinancialYear year);
}
