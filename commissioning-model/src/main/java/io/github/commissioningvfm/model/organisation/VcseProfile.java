package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;

/**
 * What distinguishes a VCSE provider: its legal form and its income band.
 *
 * @param legalForm the legal form
 * @param incomeBand the income size band
 * @since 0.1.0
 */
public record VcseProfile(VcseLegalForm legalForm, IncomeBand incomeBand) {

  /**
   * Creates a profile.
   *
   * @param legalForm the legal form
   * @param incomeBand the income size band
   */
  public VcseProfile {
    Args.notNull(legalForm, "legalForm");
    Args.notNull(incomeBand, "incomeBand");
  }
}
